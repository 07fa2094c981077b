package org.caseloop.cases.triage;

/**
 * A charge as a category names it. The name is kept beside the code so that a category reads on its own and its
 * explanations need no look-up in the catalogue.
 */
public record ChargeRef(String code, String name) {
}
