package org.caseloop.cases.deadline;

import static org.caseloop.cases.deadline.ReviewPeriodRule.ARREST_REVIEW_MAJOR_OR_COMPLEX;
import static org.caseloop.cases.deadline.ReviewPeriodRule.ARREST_REVIEW_SUSPECT_DETAINED;
import static org.caseloop.cases.deadline.ReviewPeriodRule.ARREST_REVIEW_SUSPECT_NOT_DETAINED;
import static org.caseloop.cases.deadline.ReviewPeriodRule.PROSECUTION_REVIEW;
import static org.caseloop.cases.deadline.ReviewPeriodRule.PROSECUTION_REVIEW_EXPEDITED;
import static org.caseloop.cases.deadline.ReviewPeriodRule.PROSECUTION_REVIEW_EXPEDITED_OVER_ONE_YEAR;
import static org.caseloop.cases.deadline.ReviewPeriodRule.SUPERVISORY_RETENTION_TRANSFER;

import java.util.Optional;

/**
 * The procuratorate's review periods (legal-rules §2) as a function of the case's facts.
 *
 * <p>A case transferred by a supervisory commission with the suspect under retention is asked as an
 * {@code ARREST_REVIEW}: the 10 days of CPL art. 170 are for deciding on arrest, bail or residential
 * surveillance, while its prosecution review still runs under CPL art. 172. Criminal and civil appeals
 * have no review period in the statutory rules we hold, so none is given rather than an invented one.
 */
public final class ReviewPeriods {

    private static final int SUPERVISORY_RETENTION_MAX_EXTENSION_DAYS = 4;
    private static final int PROSECUTION_REVIEW_EXTENSION_DAYS = 15;
    private static final int ONE_YEAR_IN_MONTHS = 12;

    private ReviewPeriods() {
    }

    /**
     * @return the period, or empty for criminal and civil appeals
     * @throws IllegalArgumentException if an extension is given that the law does not allow for the case
     */
    public static Optional<ReviewPeriod> periodFor(ReviewPeriodQuery query) {
        return switch (query.businessType()) {
            case ARREST_REVIEW -> Optional.of(arrestReview(query));
            case PROSECUTION_REVIEW -> Optional.of(prosecutionReview(query));
            case CRIMINAL_APPEAL, CIVIL_APPEAL -> Optional.empty();
        };
    }

    private static ReviewPeriod arrestReview(ReviewPeriodQuery query) {
        if (query.supervisoryRetention()) {
            if (query.extensionDays() > SUPERVISORY_RETENTION_MAX_EXTENSION_DAYS) {
                throw new IllegalArgumentException("A retention case may be extended by 1 to "
                        + SUPERVISORY_RETENTION_MAX_EXTENSION_DAYS + " days (CPL art. 170), not "
                        + query.extensionDays());
            }
            return query.extensionDays() == 0
                    ? withoutExtension(SUPERVISORY_RETENTION_TRANSFER)
                    : new ReviewPeriod(SUPERVISORY_RETENTION_TRANSFER,
                            Optional.of(LegalPeriod.ofDays(query.extensionDays())));
        }
        if (query.extensionDays() > 0) {
            throw new IllegalArgumentException("An arrest review cannot be extended; a major or complex case "
                    + "with the suspect not detained has 20 days instead of 15 (SPP Rules art. 282)");
        }
        if (query.suspectDetained()) {
            return withoutExtension(ARREST_REVIEW_SUSPECT_DETAINED);
        }
        return withoutExtension(query.majorOrComplex()
                ? ARREST_REVIEW_MAJOR_OR_COMPLEX
                : ARREST_REVIEW_SUSPECT_NOT_DETAINED);
    }

    private static ReviewPeriod prosecutionReview(ReviewPeriodQuery query) {
        if (query.expeditedWithGuiltyPlea()) {
            if (query.extensionDays() > 0) {
                throw new IllegalArgumentException("An expedited prosecution review cannot be extended; it has "
                        + "15 days instead of 10 when the possible sentence exceeds one year (CPL art. 172)");
            }
            return withoutExtension(query.possibleSentenceMonths() > ONE_YEAR_IN_MONTHS
                    ? PROSECUTION_REVIEW_EXPEDITED_OVER_ONE_YEAR
                    : PROSECUTION_REVIEW_EXPEDITED);
        }
        if (query.extensionDays() == 0) {
            return withoutExtension(PROSECUTION_REVIEW);
        }
        if (!query.majorOrComplex() || query.extensionDays() != PROSECUTION_REVIEW_EXTENSION_DAYS) {
            throw new IllegalArgumentException("Only a major or complex prosecution review may be extended, and by "
                    + PROSECUTION_REVIEW_EXTENSION_DAYS + " days (CPL art. 172), not " + query.extensionDays());
        }
        return new ReviewPeriod(PROSECUTION_REVIEW, Optional.of(LegalPeriod.ofDays(PROSECUTION_REVIEW_EXTENSION_DAYS)));
    }

    private static ReviewPeriod withoutExtension(ReviewPeriodRule rule) {
        return new ReviewPeriod(rule, Optional.empty());
    }
}
