package org.caseloop.platform.web.api;

import jakarta.ws.rs.BadRequestException;

import java.util.Optional;

/** The offset and page size every listing API accepts, checked the same way everywhere (400 otherwise). */
public final class Paging {

    private Paging() {
    }

    public static void check(int offset, int limit, int maxLimit) {
        Optional<String> problem = problem(offset, limit, maxLimit);
        if (problem.isPresent()) {
            throw new BadRequestException(problem.get());
        }
    }

    /** What is wrong with the offset or the page size, if anything. */
    static Optional<String> problem(int offset, int limit, int maxLimit) {
        if (offset < 0) {
            return Optional.of("offset must not be negative, got " + offset);
        }
        if (limit < 1 || limit > maxLimit) {
            return Optional.of("limit must be between 1 and " + maxLimit + ", got " + limit);
        }
        return Optional.empty();
    }
}
