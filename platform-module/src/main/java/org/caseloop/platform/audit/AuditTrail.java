package org.caseloop.platform.audit;

import java.util.Map;

/**
 * Writes append-only audit records. Every change of state in any module goes through here, in the
 * same transaction as the change, so a committed change always has its record. Records are
 * chained by hash (see {@link AuditChain}) shortly after commit.
 */
public interface AuditTrail {

    /**
     * Records a successful change made by the current user.
     *
     * @param objectType domain name of the changed object, e.g. {@code Case}, {@code StaffUser}
     * @param objectId   its identifier (case number, user name or id)
     * @param action     what was done, e.g. {@code CASE_REGISTERED}, {@code USER_DEACTIVATED}
     * @param changes    changed fields, before and after; empty when nothing but the action matters
     */
    void recordChange(String objectType, String objectId, String action, Map<String, FieldChange> changes);

    /** Records an event that is not a change of state by the current user (login, denial ...). */
    void record(AuditEvent event);
}
