package org.caseloop.cases.deadline;

/** The rows of the procuratorate's review-period table (legal-rules §2), each with its period and article. */
public enum ReviewPeriodRule {
    ARREST_REVIEW_SUSPECT_DETAINED(LegalPeriod.ofDays(7), "CPL art. 91; SPP Rules art. 282"),
    ARREST_REVIEW_SUSPECT_NOT_DETAINED(LegalPeriod.ofDays(15), "SPP Rules art. 282"),
    ARREST_REVIEW_MAJOR_OR_COMPLEX(LegalPeriod.ofDays(20), "SPP Rules art. 282"),
    SUPERVISORY_RETENTION_TRANSFER(LegalPeriod.ofDays(10), "CPL art. 170"),
    PROSECUTION_REVIEW(LegalPeriod.ofMonths(1), "CPL art. 172"),
    PROSECUTION_REVIEW_EXPEDITED(LegalPeriod.ofDays(10), "CPL art. 172"),
    PROSECUTION_REVIEW_EXPEDITED_OVER_ONE_YEAR(LegalPeriod.ofDays(15), "CPL art. 172");

    private final LegalPeriod period;
    private final String source;

    ReviewPeriodRule(LegalPeriod period, String source) {
        this.period = period;
        this.source = source;
    }

    public LegalPeriod period() {
        return period;
    }

    /** The article the period comes from, e.g. "CPL art. 172". */
    public String source() {
        return source;
    }
}
