package org.caseloop.cases.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.caseloop.cases.api.CaseLabel;
import org.caseloop.cases.api.CustodyStatus;
import org.caseloop.cases.assignment.AssignmentDecision;
import org.caseloop.cases.assignment.AssignmentService;
import org.caseloop.cases.casefile.CaseDeadlines;
import org.caseloop.cases.casefile.CaseCharge;
import org.caseloop.cases.casefile.CaseFile;
import org.caseloop.cases.casefile.CaseHistory;
import org.caseloop.cases.casefile.CaseLabelEntry;
import org.caseloop.cases.casefile.Stage;
import org.caseloop.cases.casefile.Suspect;
import org.caseloop.cases.casefile.Victim;
import org.caseloop.cases.charges.Charge;
import org.caseloop.cases.charges.ChargeCatalogue;
import org.caseloop.cases.numbering.CaseNumbering;
import org.caseloop.cases.triage.Classification;
import org.caseloop.cases.triage.LabelRules;
import org.caseloop.cases.triage.TriageFacts;
import org.caseloop.platform.audit.FieldChange;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.security.UserContext;
import org.caseloop.platform.web.AccessDeniedException;
import org.caseloop.platform.web.ConflictException;
import org.caseloop.platform.web.UnprocessableException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Intake (受理): registers a submitted case in the registering user's procuratorate. In one transaction it
 * classifies the case, sets its labels, risk and statutory deadline, takes its number and assigns it. Repeating a
 * submission returns the case already registered; a different submission under the same agency reference is a
 * conflict.
 */
@ApplicationScoped
public class IntakeService {

    /** The registered case, and whether this call created it. */
    public record Registration(long caseId, String caseNumber, boolean created) {

        static Registration of(CaseFile c, boolean created) {
            return new Registration(c.getId(), c.getCaseNumber(), created);
        }
    }

    /** Written on a new case until its number is taken, just before commit; no other transaction sees it. */
    static final String PROVISIONAL_NUMBER = "#";

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChargeCatalogue catalogue;

    @Inject
    CurrentStandard standard;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    CaseNumbering numbering;

    @Inject
    AssignmentService assignment;

    @Inject
    CaseHistory history;

    @Inject
    Clock clock;

    @Transactional
    public Registration register(@NotNull @Valid CaseSubmission s) {
        UserContext u = registrar();
        return complete(u, s, prepare(u, s));
    }

    /** One submission of a bulk transfer: registered, already registered, or refused with the reason. */
    public record Outcome(int index, Registration registration, RuntimeException refusal) {
    }

    /**
     * Registers many submissions (already checked by Bean Validation) in one transaction, so that a bulk transfer
     * pays for one commit instead of one per case. A submission that breaks a rule or conflicts with a registered
     * case is refused alone, before anything of it is written; an unexpected failure rolls back the whole transfer.
     * The cases are taken in business-type order, so that two transfers at once always lock their number counters
     * in the same order and never deadlock; the outcomes keep the order of the submissions.
     */
    @Transactional
    public List<Outcome> registerAll(List<CaseSubmission> submissions) {
        UserContext u = registrar();
        Integer[] order = new Integer[submissions.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(i -> submissions.get(i).businessType()));
        Outcome[] outcomes = new Outcome[submissions.size()];
        for (int i : order) {
            Prepared p;
            try {
                p = prepare(u, submissions.get(i));
            } catch (ConflictException | UnprocessableException refused) {
                outcomes[i] = new Outcome(i, null, refused);
                continue;
            }
            outcomes[i] = new Outcome(i, complete(u, submissions.get(i), p), null);
        }
        return List.of(outcomes);
    }

    private UserContext registrar() {
        UserContext u = currentUser.get();
        // Administrators keep the system, not the cases (三员分立): registering a case is the case office's alone.
        if (!u.has(Role.CASE_OFFICE)) {
            throw new AccessDeniedException(CaseHistory.AUDIT_OBJECT, null,
                    "Only the case office (案件管理部门) may register cases");
        }
        return u;
    }

    /** A checked, classified and placed submission, or the case it was already registered as. */
    private record Prepared(CaseFile c, Set<String> chargeCodes, TriageFacts facts, Classification classification,
                            RiskFactors.Assessment risk, AssignmentDecision decision, Registration existing) {
    }

    /** Everything that can refuse a submission (409, 422), and reads only: nothing of the case is written yet. */
    private Prepared prepare(UserContext u, CaseSubmission s) {
        // Fails for a procuratorate without a short name: here, not after the case is written.
        numbering.shortName(u.procuratorateId());
        String agencyName = SubmissionHash.text(s.agencyName());
        String agencyReference = SubmissionHash.text(s.agencyReference());
        String hash = SubmissionHash.of(s);
        List<CaseFile> existing = em.createQuery("SELECT c FROM CaseFile c WHERE c.procuratorateId = :p "
                        + "AND c.agencyName = :n AND c.agencyReference = :r", CaseFile.class)
                .setParameter("p", u.procuratorateId()).setParameter("n", agencyName)
                .setParameter("r", agencyReference).getResultList();
        if (!existing.isEmpty()) {
            CaseFile c = existing.get(0);
            if (c.getSubmissionHash().equals(hash)) {
                return new Prepared(null, null, null, null, null, null, Registration.of(c, false));
            }
            throw new ConflictException("该移送机关文号已受理为" + c.getCaseNumber() + "，但内容不同 / The agency reference "
                    + agencyReference + " of " + agencyName + " was registered as case " + c.getId()
                    + " with different content");
        }
        Set<String> chargeCodes = validate(s);

        TriageFacts facts = facts(s, chargeCodes);
        Classification classification = standard.get().classify(facts);

        CaseFile c = new CaseFile(u.procuratorateId(), s.businessType(), agencyName, agencyReference, hash,
                s.receivedDate(), history.now(), u.username());
        c.describe(s.procedure(), s.guiltyPlea(), s.possibleSentenceMonths(), s.recommendationMinMonths(),
                s.recommendationMaxMonths(), s.sensitive(), s.supervisoryTransfer(), s.majorComplex(),
                facts.anyDetained(), SubmissionHash.text(s.summary()));
        c.classify(classification.complexity(), classification.speedTrack(), classification.severity(),
                classification.standardVersion(), classification.matchedCategoryId(),
                classification.explanationZh(), classification.explanationEn());
        deadlines.start(c, s.receivedDate());
        RiskFactors.Assessment risk = RiskFactors.assess(facts);
        c.initialRisk(risk.level(), risk.reason().zh() + " / " + risk.reason().en());
        return new Prepared(c, chargeCodes, facts, classification, risk, assignment.decide(c), null);
    }

    /** The case the submission was already registered as, or the newly written one. */
    private Registration complete(UserContext u, CaseSubmission s, Prepared prepared) {
        return prepared.existing() != null ? prepared.existing() : write(u, s, prepared);
    }

    private Registration write(UserContext u, CaseSubmission s, Prepared prepared) {
        CaseFile c = prepared.c();
        Classification classification = prepared.classification();
        RiskFactors.Assessment risk = prepared.risk();
        AssignmentDecision decision = prepared.decision();
        LocalDate today = LocalDate.now(clock);

        // The number's counter row stays locked from the moment the number is taken until commit, and every intake
        // of the same procuratorate, business type and year waits for it. So everything that can be written before
        // is written before: the case under a provisional number (only this transaction ever sees it), its
        // children and the workload changes. After the number only the case's own update and its history remain.
        em.setFlushMode(FlushModeType.COMMIT);
        em.persist(c);
        long id = c.getId();
        c.number(PROVISIONAL_NUMBER + id, today.getYear(), 0);
        // The children name the case by id without a mapped relationship, so nothing tells EclipseLink to insert
        // the case first: write it now; the children follow in batches with the next flush.
        em.flush();
        for (int i = 0; i < s.suspects().size(); i++) {
            CaseSubmission.SuspectInput p = s.suspects().get(i);
            em.persist(new Suspect(id, i + 1, SubmissionHash.text(p.name()),
                    p.idNumber() == null ? null : p.idNumber().strip().toUpperCase(Locale.ROOT), p.ageAtOffence(),
                    p.custodyStatus(), p.custodySince()));
        }
        for (int i = 0; i < s.victims().size(); i++) {
            em.persist(new Victim(id, i + 1, SubmissionHash.text(s.victims().get(i).name())));
        }
        for (String code : prepared.chargeCodes()) {
            em.persist(new CaseCharge(id, code));
        }
        Set<CaseLabel> labels = LabelRules.derive(prepared.facts(), classification);
        for (CaseLabel label : labels) {
            em.persist(new CaseLabelEntry(id, label, false));
        }
        em.flush();
        assignment.reserveWorkload(c, decision);

        CaseNumbering.CaseNumber number = numbering.next(u.procuratorateId(), s.businessType(), today.getYear());
        c.number(number.text(), number.year(), number.sequence());
        history.record(c, u.username(), "CASE_REGISTERED", null, Stage.RECEIVED, classification.explanationZh(),
                FieldChange.changes()
                        .field("businessType", null, s.businessType())
                        .field("agency", null, c.getAgencyName() + " " + c.getAgencyReference())
                        .field("complexity", null, classification.complexity())
                        .field("standardVersion", null, classification.standardVersion())
                        .field("labels", null, labels)
                        .field("deadline", null, c.getDeadline())
                        .field("riskLevel", null, risk.level())
                        .build());
        assignment.applyReserved(c, decision, "CASE_ASSIGNED");
        return Registration.of(c, true);
    }

    /** The rules Bean Validation cannot express; each broken one is named. */
    private Set<String> validate(CaseSubmission s) {
        List<String> violations = new ArrayList<>();
        if ((s.recommendationMinMonths() == null) != (s.recommendationMaxMonths() == null)) {
            violations.add("recommendationMaxMonths: 量刑建议须同时填写上下限 / give both bounds of the sentencing "
                    + "recommendation or neither");
        } else if (s.recommendationMinMonths() != null && s.recommendationMinMonths() > s.recommendationMaxMonths()) {
            violations.add("recommendationMaxMonths: 量刑建议上限不能小于下限 / the upper bound is below the lower bound");
        }
        for (int i = 0; i < s.suspects().size(); i++) {
            CaseSubmission.SuspectInput p = s.suspects().get(i);
            if (p.custodySince() != null && p.custodySince().isAfter(LocalDate.now(clock))) {
                violations.add("suspects[" + i + "].custodySince: 羁押日期不能晚于今天 / cannot be in the future");
            }
        }
        Set<String> codes = s.chargeCodes().stream().map(c -> c.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> known = catalogue.byCodes(codes).stream().map(Charge::getCode).collect(Collectors.toSet());
        for (String code : codes) {
            if (!known.contains(code)) {
                violations.add("chargeCodes: 罪名代码" + code + "不存在 / unknown charge code " + code);
            }
        }
        if (!violations.isEmpty()) {
            throw new UnprocessableException("案件信息不完整或有误 / The submission breaks " + violations.size()
                    + " rule(s)", violations);
        }
        return codes;
    }

    static TriageFacts facts(CaseSubmission s, Set<String> chargeCodes) {
        boolean minor = s.suspects().stream().anyMatch(p -> p.ageAtOffence() < Suspect.AGE_OF_MAJORITY);
        boolean detained = s.suspects().stream().anyMatch(p -> p.custodyStatus() == CustodyStatus.DETAINED);
        TriageFacts.Builder b = TriageFacts.builder(s.businessType())
                .procedure(s.procedure())
                .guiltyPlea(s.guiltyPlea())
                .suspects(s.suspects().size())
                .anyMinor(minor)
                .anyDetained(detained)
                .charges(chargeCodes)
                .possibleSentenceMonths(s.possibleSentenceMonths())
                .victims(s.victims().size())
                .sensitive(s.sensitive())
                .transferredBySupervisoryCommission(s.supervisoryTransfer());
        if (s.recommendationMinMonths() != null) {
            b.recommendation(s.recommendationMinMonths(), s.recommendationMaxMonths());
        }
        return b.build();
    }
}
