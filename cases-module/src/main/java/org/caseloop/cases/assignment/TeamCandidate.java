package org.caseloop.cases.assignment;

/** A fast-trial team (快审团队) able to take the case, with its open cases. */
public record TeamCandidate(long id, String name, long departmentId, int openCases) {
}
