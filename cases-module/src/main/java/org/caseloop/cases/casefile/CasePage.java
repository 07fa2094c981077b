package org.caseloop.cases.casefile;

import java.util.List;

/** One page of cases within the caller's scope. */
public record CasePage(List<CaseSummary> items, int offset, int limit, long total) {
}
