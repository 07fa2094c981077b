package org.caseloop.cases.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.audit.FieldChange;
import org.caseloop.platform.web.UnprocessableException;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published versions of the classification standard. New cases are classified by the active version; a case
 * keeps the version that classified it, so publishing never reclassifies old cases.
 */
@ApplicationScoped
public class ClassificationStandardService {

    private static final String SYSTEM = "system";
    private static final int MAX_NOTE_LENGTH = 500;
    private static final int MAX_ACTOR_LENGTH = 64;

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    Event<StandardPublished> published;

    @Inject
    Clock clock;

    // Published versions never change, so each is parsed once.
    private final Map<Integer, ClassificationStandard> parsed = new ConcurrentHashMap<>();

    /**
     * The active standard. The active version number is read each time (one row) so that a version published on
     * another server is used at once; its content comes from the cache. An empty table is seeded with the default
     * standard as version 1, hence the transaction.
     */
    @Transactional
    public ClassificationStandard current() {
        return activeVersion().map(v -> byVersion(v).orElseThrow()).orElseGet(this::seedDefault);
    }

    private Optional<Integer> activeVersion() {
        return em.createQuery("SELECT s.version FROM TriageStandardRecord s WHERE s.active = TRUE", Integer.class)
                .getResultStream()
                .findFirst();
    }

    public Optional<ClassificationStandard> byVersion(int version) {
        ClassificationStandard cached = parsed.get(version);
        if (cached != null) {
            return Optional.of(cached);
        }
        return em.createQuery("SELECT s FROM TriageStandardRecord s WHERE s.version = :v", TriageStandardRecord.class)
                .setParameter("v", version)
                .getResultStream()
                .findFirst()
                .map(r -> parsed.computeIfAbsent(version, v -> StandardCodec.fromJson(r.getDefinition())));
    }

    /** Newest first. */
    public List<StandardVersion> versions() {
        return em.createQuery("SELECT s FROM TriageStandardRecord s ORDER BY s.version DESC",
                        TriageStandardRecord.class)
                .getResultStream()
                .map(TriageStandardRecord::summary)
                .toList();
    }

    /**
     * Publishes the draft as the next version and makes it the active one. The draft's own version number is ignored.
     * Two administrators publishing at the same moment would both take the same number: the unique version column
     * turns the second into an error instead of a second active version. Fires {@link StandardPublished}, so that
     * this server classifies new cases by the new version at once.
     *
     * @throws UnprocessableException listing what is wrong with the draft
     */
    @Transactional
    public ClassificationStandard publish(ClassificationStandard draft, String note) {
        List<String> violations = new ArrayList<>(draft.violations());
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            violations.add("The note is longer than " + MAX_NOTE_LENGTH + " characters");
        }
        if (!violations.isEmpty()) {
            throw new UnprocessableException("The classification standard cannot be published", violations);
        }
        Optional<ClassificationStandard> previous = activeVersion().flatMap(this::byVersion);
        em.createQuery("UPDATE TriageStandardRecord s SET s.active = FALSE WHERE s.active = TRUE").executeUpdate();
        ClassificationStandard standard = store(draft, note, callerName(), previous.orElse(null));
        published.fire(new StandardPublished(standard.version()));
        return standard;
    }

    private ClassificationStandard seedDefault() {
        long existing = em.createQuery("SELECT COUNT(s) FROM TriageStandardRecord s", Long.class).getSingleResult();
        if (existing > 0) {
            throw new IllegalStateException("Classification standards exist but none is active");
        }
        return store(StandardCodec.readDefault(), "默认标准 / default standard", SYSTEM, null);
    }

    private ClassificationStandard store(ClassificationStandard draft, String note, String actor,
                                         ClassificationStandard previous) {
        Integer maxVersion = em.createQuery("SELECT MAX(s.version) FROM TriageStandardRecord s", Integer.class)
                .getSingleResult();
        Long maxId = em.createQuery("SELECT MAX(s.id) FROM TriageStandardRecord s", Long.class).getSingleResult();
        int version = maxVersion == null ? 1 : maxVersion + 1;
        ClassificationStandard standard = draft.withVersion(version);
        // Microseconds: what both databases store.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        em.persist(new TriageStandardRecord(maxId == null ? 1 : maxId + 1, version, StandardCodec.toJson(standard), now,
                actor, note));
        audit.recordChange("ClassificationStandard", String.valueOf(version), "STANDARD_PUBLISHED",
                auditedChanges(previous, standard, note));
        return standard;
    }

    private static Map<String, FieldChange> auditedChanges(ClassificationStandard previous,
                                                           ClassificationStandard standard, String note) {
        return FieldChange.changes()
                .field("version", previous == null ? null : previous.version(), standard.version())
                .field("categories", previous == null ? null : categoryIds(previous), categoryIds(standard))
                .field("severityThresholdMonths", previous == null ? null : previous.severityThresholdMonths(),
                        standard.severityThresholdMonths())
                .field("fastTrack", previous == null ? null : previous.fastTrack(), standard.fastTrack())
                .field("note", null, note)
                .build();
    }

    private static String categoryIds(ClassificationStandard standard) {
        return String.join(",", standard.categories().stream().map(SimpleCaseCategory::id).toList());
    }

    private String callerName() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return SYSTEM;
        }
        String name = caller.getName();
        return name.length() > MAX_ACTOR_LENGTH ? name.substring(0, MAX_ACTOR_LENGTH) : name;
    }
}
