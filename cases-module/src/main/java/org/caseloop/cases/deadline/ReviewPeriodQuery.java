package org.caseloop.cases.deadline;

import java.util.Objects;

import org.caseloop.cases.api.BusinessType;

/**
 * The facts of a case that decide which review period applies. Start from {@link #of(BusinessType)}
 * and add the facts that hold, e.g. {@code ReviewPeriodQuery.of(ARREST_REVIEW).withSuspectDetained()}.
 *
 * @param supervisoryRetention    transferred by a supervisory commission with the suspect under retention (留置)
 * @param expeditedWithGuiltyPlea the suspect pleads guilty and the case is eligible for the expedited procedure (速裁)
 * @param possibleSentenceMonths  the possible term of imprisonment in months; 0 when none
 * @param extensionDays           days of extension granted; 0 when none. A retention case may be extended by
 *                                1 to 4 days, a major or complex prosecution review by exactly 15 days
 */
public record ReviewPeriodQuery(BusinessType businessType, boolean suspectDetained, boolean supervisoryRetention,
                                boolean majorOrComplex, boolean expeditedWithGuiltyPlea, int possibleSentenceMonths,
                                int extensionDays) {

    public ReviewPeriodQuery {
        Objects.requireNonNull(businessType, "businessType");
        if (possibleSentenceMonths < 0) {
            throw new IllegalArgumentException("A possible sentence cannot be negative: " + possibleSentenceMonths);
        }
        if (extensionDays < 0) {
            throw new IllegalArgumentException("An extension cannot be negative: " + extensionDays);
        }
    }

    public static ReviewPeriodQuery of(BusinessType businessType) {
        return new ReviewPeriodQuery(businessType, false, false, false, false, 0, 0);
    }

    public ReviewPeriodQuery withSuspectDetained() {
        return new ReviewPeriodQuery(businessType, true, supervisoryRetention, majorOrComplex,
                expeditedWithGuiltyPlea, possibleSentenceMonths, extensionDays);
    }

    public ReviewPeriodQuery withSupervisoryRetention() {
        return new ReviewPeriodQuery(businessType, suspectDetained, true, majorOrComplex,
                expeditedWithGuiltyPlea, possibleSentenceMonths, extensionDays);
    }

    public ReviewPeriodQuery withMajorOrComplex() {
        return new ReviewPeriodQuery(businessType, suspectDetained, supervisoryRetention, true,
                expeditedWithGuiltyPlea, possibleSentenceMonths, extensionDays);
    }

    public ReviewPeriodQuery withExpeditedGuiltyPlea(int possibleSentenceMonths) {
        return new ReviewPeriodQuery(businessType, suspectDetained, supervisoryRetention, majorOrComplex,
                true, possibleSentenceMonths, extensionDays);
    }

    public ReviewPeriodQuery withExtension(int days) {
        return new ReviewPeriodQuery(businessType, suspectDetained, supervisoryRetention, majorOrComplex,
                expeditedWithGuiltyPlea, possibleSentenceMonths, days);
    }
}
