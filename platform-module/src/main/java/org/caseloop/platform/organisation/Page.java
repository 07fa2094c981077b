package org.caseloop.platform.organisation;

import java.util.List;

/** One page of a list with the total, for lists that stay small enough to count (staff, teams). */
public record Page<T>(List<T> items, int offset, int limit, long total) {
}
