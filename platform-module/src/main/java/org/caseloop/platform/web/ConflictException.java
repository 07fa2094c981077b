package org.caseloop.platform.web;

/** The request contradicts the current state (a duplicate, a stale version, a forbidden transition): HTTP 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
