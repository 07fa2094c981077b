package org.caseloop.platform.web.api;


import java.util.Optional;

/** The offset and page size every listing API accepts, checked the same way everywhere (400 otherwise). */
public final class Paging {

    private Paging() {
    }

    public static void check(int offset, int limit, int maxLimit) {
        Optional<InvalidParameterException> problem = problem(offset, limit, maxLimit);
        if (problem.isPresent()) {
            throw problem.get();
        }
    }

    /** What is wrong with the offset or the page size, if anything. */
    static Optional<InvalidParameterException> problem(int offset, int limit, int maxLimit) {
        if (offset < 0) {
            return Optional.of(new InvalidParameterException("offset", "api.param.offset", offset));
        }
        if (limit < 1 || limit > maxLimit) {
            return Optional.of(new InvalidParameterException("limit", "api.param.limit", maxLimit, limit));
        }
        return Optional.empty();
    }
}
