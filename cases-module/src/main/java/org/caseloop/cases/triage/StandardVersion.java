package org.caseloop.cases.triage;

import java.time.Instant;

/** A published version of the classification standard, without its content: for the version history. */
public record StandardVersion(int version, Instant createdAt, String createdBy, String note, boolean active) {
}
