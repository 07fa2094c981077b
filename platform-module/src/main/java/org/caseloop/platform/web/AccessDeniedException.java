package org.caseloop.platform.web;

/** The caller may not see or change this object (wrong role or outside their data scope): HTTP 403, audited. */
public class AccessDeniedException extends RuntimeException {

    private final String objectType;
    private final String objectId;

    public AccessDeniedException(String objectType, String objectId, String message) {
        super(message);
        this.objectType = objectType;
        this.objectId = objectId;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }
}
