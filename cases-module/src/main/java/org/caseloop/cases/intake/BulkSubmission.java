package org.caseloop.cases.intake;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Many cases transferred at once (批量移送), e.g. an agency's cases of the day. Each case is checked on its own: a
 * broken one is refused by index and the others are registered.
 */
public record BulkSubmission(
        @NotNull(message = "{caseloop.cases.bulk.required}")
        @Size(min = 1, max = BulkSubmission.MAX_CASES, message = "{caseloop.cases.bulk.size}")
        List<CaseSubmission> cases) {

    public static final int MAX_CASES = 100;
}
