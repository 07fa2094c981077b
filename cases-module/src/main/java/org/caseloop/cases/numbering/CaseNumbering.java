package org.caseloop.cases.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.caseloop.cases.api.BusinessType;
import org.caseloop.platform.organisation.ProcuratorateView;
import org.caseloop.platform.organisation.StaffDirectory;
import org.caseloop.platform.web.UnprocessableException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gap-free case numbers per procuratorate, business type and year. The number is taken inside the intake's
 * transaction by an {@code UPDATE} that increments the counter row: the row stays locked until the intake commits,
 * so a concurrent intake waits and a rolled-back intake gives its number back. A missing row is created with
 * {@code INSERT ... ON CONFLICT DO NOTHING}, which two first intakes of a year may both run safely.
 */
@ApplicationScoped
public class CaseNumbering {

    private static final String INCREMENT = "UPDATE cases_number_sequence SET last_value = last_value + 1 "
            + "WHERE procuratorate_id = ? AND business_type = ? AND number_year = ?";
    private static final String CREATE = "INSERT INTO cases_number_sequence "
            + "(procuratorate_id, business_type, number_year, last_value) VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING";
    private static final String READ = "SELECT last_value FROM cases_number_sequence "
            + "WHERE procuratorate_id = ? AND business_type = ? AND number_year = ?";

    /** A case number and its parts. */
    public record CaseNumber(String text, int year, int sequence) {
    }

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    StaffDirectory directory;

    // Short names change (almost) never; one look-up per procuratorate and server.
    private final Map<Long, String> shortNames = new ConcurrentHashMap<>();

    @Transactional(Transactional.TxType.MANDATORY)
    public CaseNumber next(long procuratorateId, BusinessType type, int year) {
        String shortName = shortName(procuratorateId);
        if (increment(procuratorateId, type, year) == 0) {
            em.createNativeQuery(CREATE).setParameter(1, procuratorateId).setParameter(2, type.name())
                    .setParameter(3, year).executeUpdate();
            increment(procuratorateId, type, year);
        }
        Number value = (Number) em.createNativeQuery(READ).setParameter(1, procuratorateId)
                .setParameter(2, type.name()).setParameter(3, year).getSingleResult();
        int sequence = value.intValue();
        return new CaseNumber(CaseNumberFormat.format(shortName, type, year, sequence), year, sequence);
    }

    public String shortName(long procuratorateId) {
        String cached = shortNames.get(procuratorateId);
        if (cached != null) {
            return cached;
        }
        String name = directory.procuratorate(procuratorateId).map(ProcuratorateView::shortName)
                .filter(s -> s != null && !s.isBlank())
                .orElseThrow(() -> new UnprocessableException("The procuratorate " + procuratorateId
                        + " has no short name, so its case numbers cannot be written"));
        shortNames.put(procuratorateId, name);
        return name;
    }

    private int increment(long procuratorateId, BusinessType type, int year) {
        return em.createNativeQuery(INCREMENT).setParameter(1, procuratorateId).setParameter(2, type.name())
                .setParameter(3, year).executeUpdate();
    }
}
