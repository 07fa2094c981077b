package org.caseloop.platform.web;

import java.util.List;

/**
 * The request is well-formed but breaks a business rule (a missing element, a date in a year with no
 * calendar): HTTP 422 with each violation named.
 */
public class UnprocessableException extends RuntimeException {
    private final List<String> violations;

    public UnprocessableException(String message) {
        this(message, List.of());
    }

    public UnprocessableException(String message, List<String> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
