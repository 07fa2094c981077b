package org.caseloop.cases.triage;

import org.caseloop.cases.api.Complexity;
import org.caseloop.cases.api.Severity;
import org.caseloop.cases.api.SpeedTrack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The classification standard (分类标准) the case office configures: the simple-case categories, in order of
 * priority, the severity threshold and the fast-track criteria. Published standards are versioned and never change,
 * so that a case can always be explained by the version that classified it.
 *
 * @param severityThresholdMonths a possible sentence up to this many months is light; 36 by default, the three years
 *                                that the expedited procedure, reconciliation and mediation also draw the line at
 */
public record ClassificationStandard(int version, List<SimpleCaseCategory> categories, int severityThresholdMonths,
                                     FastTrackCriteria fastTrack) {

    public static final int DEFAULT_SEVERITY_THRESHOLD_MONTHS = 36;

    public ClassificationStandard {
        categories = categories == null ? List.of() : List.copyOf(categories);
        Objects.requireNonNull(fastTrack, "fastTrack");
    }

    public ClassificationStandard(int version, List<SimpleCaseCategory> categories) {
        this(version, categories, DEFAULT_SEVERITY_THRESHOLD_MONTHS, FastTrackCriteria.ALL);
    }

    public ClassificationStandard withVersion(int newVersion) {
        return new ClassificationStandard(newVersion, categories, severityThresholdMonths, fastTrack);
    }

    /** Simple when a category matches (the first in order wins), fast and light as the criteria and threshold say. */
    public Classification classify(TriageFacts facts) {
        Optional<SimpleCaseCategory> matched = categories.stream().filter(c -> c.matches(facts)).findFirst();
        Explanation complexityReason = matched.map(c -> c.explanation(facts)).orElseGet(() -> complexReason(facts));

        Optional<Explanation> fast = fastTrack.fastReason(facts, matched.isPresent());
        Explanation speedReason = fast.orElse(new Explanation("普通办理：不符合快速办理条件", "normal: no fast-track criterion met"));

        boolean light = facts.possibleSentenceMonths() <= severityThresholdMonths;
        Explanation sentence = Wording.months(facts.possibleSentenceMonths());
        Explanation threshold = Wording.months(severityThresholdMonths);
        Explanation severityReason = light
                ? new Explanation("轻罪：可能判处刑罚" + sentence.zh() + "，不超过" + threshold.zh(),
                        "light: possible sentence " + sentence.en() + ", not above " + threshold.en())
                : new Explanation("重罪：可能判处刑罚" + sentence.zh() + "，超过" + threshold.zh(),
                        "serious: possible sentence " + sentence.en() + ", above " + threshold.en());

        return new Classification(matched.isPresent() ? Complexity.SIMPLE : Complexity.COMPLEX,
                fast.isPresent() ? SpeedTrack.FAST : SpeedTrack.NORMAL,
                light ? Severity.LIGHT : Severity.SERIOUS,
                version, matched.map(SimpleCaseCategory::id).orElse(null),
                complexityReason, speedReason, severityReason);
    }

    private Explanation complexReason(TriageFacts facts) {
        Explanation summary = Wording.summary(facts);
        return new Explanation("繁案：不符合第" + version + "版分类标准的任何简案类别（" + summary.zh() + "）",
                "complex: no simple-case category of standard version " + version + " applies (" + summary.en() + ")");
    }

    /** What keeps this standard from being published, in English; empty when it can be. */
    public List<String> violations() {
        return problems().stream().map(StandardProblem::english).toList();
    }

    /** What keeps this standard from being published; empty when it can be. */
    public List<StandardProblem> problems() {
        List<StandardProblem> problems = new ArrayList<>();
        if (categories.isEmpty()) {
            problems.add(StandardProblem.ofStandard(StandardProblem.Rule.NO_CATEGORIES, null));
        }
        if (severityThresholdMonths < 0) {
            problems.add(StandardProblem.ofStandard(StandardProblem.Rule.NEGATIVE_THRESHOLD, severityThresholdMonths));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            SimpleCaseCategory category = categories.get(i);
            int number = i + 1;
            String id = isBlank(category.id()) ? null : category.id();
            if (id == null) {
                problems.add(new StandardProblem(number, null, StandardProblem.Rule.BLANK_ID, null));
            } else if (!ids.add(id)) {
                problems.add(new StandardProblem(number, id, StandardProblem.Rule.DUPLICATE_ID, null));
            }
            if (isBlank(category.nameZh()) || isBlank(category.nameEn())) {
                problems.add(new StandardProblem(number, id, StandardProblem.Rule.NAMES_REQUIRED, null));
            }
            if (category.businessTypes().isEmpty()) {
                problems.add(new StandardProblem(number, id, StandardProblem.Rule.NO_BUSINESS_TYPE, null));
            }
            if (category.maxSentenceMonths() != null && category.maxSentenceMonths() < 0) {
                problems.add(new StandardProblem(number, id, StandardProblem.Rule.NEGATIVE_MONTHS,
                        category.maxSentenceMonths()));
            }
            if (category.maxSuspects() != null && category.maxSuspects() < 1) {
                problems.add(new StandardProblem(number, id, StandardProblem.Rule.TOO_FEW_SUSPECTS,
                        category.maxSuspects()));
            }
            if (category.charges().stream().anyMatch(c -> isBlank(c.code()) || isBlank(c.name()))) {
                problems.add(new StandardProblem(number, id, StandardProblem.Rule.INCOMPLETE_CHARGE, null));
            }
        }
        return problems;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
