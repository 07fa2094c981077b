package org.caseloop.cases.triage;

/** A CDI event: a new version of the classification standard was published and is now the active one. */
public record StandardPublished(int version) {
}
