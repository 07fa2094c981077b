package org.caseloop.cases.triage;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.Procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One simple-case category (简案类别) of a classification standard: a case that meets every criterion is simple.
 *
 * @param businessTypes     the lines of business the category applies to
 * @param procedures        the trial procedures allowed; empty for any, as in arrest review where none is decided yet
 * @param maxSuspects       at most this many suspects; {@code null} for no limit
 * @param maxSentenceMonths at most this many months, compared with {@link TriageFacts#sentenceBasisMonths()};
 *                          {@code null} for no limit
 * @param charges           every charge of the case must be one of these; empty for any charge
 * @param excludesSensitive sensitive cases and cases transferred by a supervisory commission are left out: both need
 *                          the attention of a leader, not a batch
 */
public record SimpleCaseCategory(String id, String nameZh, String nameEn, Set<BusinessType> businessTypes,
                                 Set<Procedure> procedures, boolean guiltyPleaRequired, Integer maxSuspects,
                                 Integer maxSentenceMonths, List<ChargeRef> charges, boolean excludesMinors,
                                 boolean excludesSensitive) {

    public SimpleCaseCategory {
        businessTypes = businessTypes == null ? Set.of() : Set.copyOf(businessTypes);
        procedures = procedures == null ? Set.of() : Set.copyOf(procedures);
        charges = charges == null ? List.of() : List.copyOf(charges);
    }

    public Set<String> chargeCodes() {
        return charges.stream().map(ChargeRef::code).collect(Collectors.toUnmodifiableSet());
    }

    public boolean matches(TriageFacts facts) {
        return businessTypes.contains(facts.businessType())
                && (procedures.isEmpty() || facts.procedure() != null && procedures.contains(facts.procedure()))
                && (!guiltyPleaRequired || facts.guiltyPlea())
                && (maxSuspects == null || facts.suspectCount() <= maxSuspects)
                && (maxSentenceMonths == null || facts.sentenceBasisMonths() <= maxSentenceMonths)
                && chargesAllowed(facts.chargeCodes())
                && !(excludesMinors && facts.anyMinor())
                && !(excludesSensitive && (facts.sensitive() || facts.transferredBySupervisoryCommission()));
    }

    // A case with no charge entered yet cannot show that it stays within a charge list.
    private boolean chargesAllowed(Set<String> caseCharges) {
        return charges.isEmpty() || !caseCharges.isEmpty() && chargeCodes().containsAll(caseCharges);
    }

    /**
     * Why the case is simple under this category, in plain words, e.g. "简案：速裁程序、认罪认罚、可能判处刑罚不超过12个月、
     * 罪名为危险驾驶罪". Meant for facts that {@link #matches(TriageFacts) match}.
     */
    public String explain(TriageFacts facts, Locale locale) {
        return explanation(facts).in(locale);
    }

    Explanation explanation(TriageFacts facts) {
        List<Explanation> parts = new ArrayList<>();
        if (!procedures.isEmpty()) {
            parts.add(Wording.procedure(facts.procedure()));
        }
        if (guiltyPleaRequired) {
            parts.add(new Explanation("认罪认罚", "guilty plea"));
        }
        if (maxSentenceMonths != null) {
            Explanation limit = Wording.months(maxSentenceMonths);
            parts.add(facts.hasRecommendation()
                    ? new Explanation("量刑建议不超过" + limit.zh(), "sentencing recommendation ≤ " + limit.en())
                    : new Explanation("可能判处刑罚不超过" + limit.zh(), "sentence ≤ " + limit.en()));
        }
        if (!charges.isEmpty()) {
            List<String> names = charges.stream()
                    .filter(charge -> facts.chargeCodes().contains(charge.code()))
                    .map(ChargeRef::name)
                    .toList();
            parts.add(new Explanation("罪名为" + String.join("、", names), "charge " + String.join(" and ", names)));
        }
        if (maxSuspects != null) {
            parts.add(Wording.suspects(facts.suspectCount()));
        }
        if (excludesMinors) {
            parts.add(new Explanation("无未成年犯罪嫌疑人", "no minor suspect"));
        }
        if (excludesSensitive) {
            parts.add(new Explanation("非敏感案件", "not sensitive"));
        }
        Explanation criteria = Wording.join(parts);
        return new Explanation("简案：" + criteria.zh(), "simple: " + criteria.en());
    }
}
