package org.caseloop.cases.deadline;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The period a review must be completed in: the rule that sets it and the extension granted on top
 * of it, which is counted with {@link DeadlineCalculator#extend}.
 */
public record ReviewPeriod(ReviewPeriodRule rule, Optional<LegalPeriod> extension) {

    public ReviewPeriod {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(extension, "extension");
    }

    public LegalPeriod period() {
        return rule.period();
    }

    public String source() {
        return rule.source();
    }

    /** Why this period applies, naming its source article. */
    public String reason(Locale locale) {
        String reason = LocalizedText.format(locale, "review." + rule.name(),
                LocalizedText.period(locale, rule.period()), rule.source());
        return extension
                .map(days -> reason + LocalizedText.format(locale, "review.extended", LocalizedText.period(locale, days)))
                .orElse(reason);
    }
}
