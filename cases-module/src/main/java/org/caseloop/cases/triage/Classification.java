package org.caseloop.cases.triage;

import org.caseloop.cases.api.Complexity;
import org.caseloop.cases.api.Severity;
import org.caseloop.cases.api.SpeedTrack;

import java.util.Locale;

/**
 * The outcome of triage on the three axes (三分法: 繁简、快慢、轻重), with the reason for each. Stored with the case:
 * the standard version says which rules decided it, even after the standard has changed.
 *
 * @param matchedCategoryId the simple-case category that made the case simple; {@code null} for a complex case
 */
public record Classification(Complexity complexity, SpeedTrack speedTrack, Severity severity, int standardVersion,
                             String matchedCategoryId, Explanation complexityReason, Explanation speedReason,
                             Explanation severityReason) {

    public String explanationZh() {
        return String.join("；", complexityReason.zh(), speedReason.zh(), severityReason.zh());
    }

    public String explanationEn() {
        return String.join("; ", complexityReason.en(), speedReason.en(), severityReason.en());
    }

    public String explanation(Locale locale) {
        return new Explanation(explanationZh(), explanationEn()).in(locale);
    }
}
