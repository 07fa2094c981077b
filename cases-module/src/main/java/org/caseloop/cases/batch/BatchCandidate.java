package org.caseloop.cases.batch;

import java.time.LocalDate;

/** A simple case in review that the user may take through centralised steps, with the steps it has taken. */
public record BatchCandidate(long id, String caseNumber, String stage, boolean guiltyPlea, LocalDate deadline,
                             boolean rightsNotified, boolean pleaSigned, boolean hearingHeld, boolean prosecuted) {
}
