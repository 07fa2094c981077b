package org.caseloop.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.caseloop.platform.web.ConflictException;
import org.caseloop.platform.web.Messages;

import java.util.function.Supplier;

/**
 * Optimistic versioning of a case (the rule "a change is made on the case as its caller read it"). Every change of
 * a case names the version its caller read (the card's {@code version}, the API's ETag); a change on another version
 * is refused as a conflict, so that two directors reassigning one case at once do not both succeed one after the
 * other. The version is raised first, by {@code UPDATE ... WHERE version = read}: of two changes at once on the same
 * version the second waits for the first's row lock, then finds the version raised and is refused, in its own
 * transaction and before it writes anything. Every change raises it, also one that writes only rows beside the case
 * (a label, a supplementary return).
 */
@ApplicationScoped
public class CaseVersions {

    static final String BUNDLE = "org.caseloop.cases.i18n.messages";

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    Messages messages;

    /**
     * Makes the change in one transaction if the case is still at the version read. A case the caller may not see is
     * refused as such (403, 404, as reading its card would be) and never tells its version.
     */
    @Transactional
    public <T> T ifUnchanged(long caseId, long versionRead, Supplier<T> change) {
        CaseFile c = access.visible(caseId);
        int raised = em.createQuery("UPDATE CaseFile c SET c.version = c.version + 1 WHERE c.id = :id "
                + "AND c.version = :read").setParameter("id", caseId).setParameter("read", versionRead).executeUpdate();
        // The bulk update passes the persistence context by: read the case again, as it is now.
        em.refresh(c);
        if (raised == 0) {
            throw new ConflictException(messages.text(BUNDLE, "case.stale", String.valueOf(versionRead),
                    String.valueOf(c.getVersion())));
        }
        return change.get();
    }
}
