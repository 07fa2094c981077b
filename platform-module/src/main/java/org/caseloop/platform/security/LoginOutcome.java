package org.caseloop.platform.security;

/** Why a login attempt ended as it did; the user sees only "success" or a generic refusal, except for a lock. */
public enum LoginOutcome {
    SUCCESS,
    BAD_CREDENTIALS,
    LOCKED,
    INACTIVE
}
