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

    /** What keeps this standard from being published; empty when it can be. */
    public List<String> violations() {
        List<String> violations = new ArrayList<>();
        if (categories.isEmpty()) {
            violations.add("The standard has no simple-case categories");
        }
        if (severityThresholdMonths < 0) {
            violations.add("Severity threshold months must not be negative: " + severityThresholdMonths);
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            SimpleCaseCategory category = categories.get(i);
            String name = "Category " + (i + 1) + (isBlank(category.id()) ? "" : " (" + category.id() + ")");
            if (isBlank(category.id())) {
                violations.add(name + ": id is blank");
            } else if (!ids.add(category.id())) {
                violations.add(name + ": id is used by an earlier category");
            }
            if (isBlank(category.nameZh()) || isBlank(category.nameEn())) {
                violations.add(name + ": Chinese and English names are both required");
            }
            if (category.businessTypes().isEmpty()) {
                violations.add(name + ": applies to no business type");
            }
            if (category.maxSentenceMonths() != null && category.maxSentenceMonths() < 0) {
                violations.add(name + ": max sentence months must not be negative: " + category.maxSentenceMonths());
            }
            if (category.maxSuspects() != null && category.maxSuspects() < 1) {
                violations.add(name + ": max suspects must be at least 1: " + category.maxSuspects());
            }
            if (category.charges().stream().anyMatch(c -> isBlank(c.code()) || isBlank(c.name()))) {
                violations.add(name + ": every charge needs a code and a name");
            }
        }
        return violations;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
