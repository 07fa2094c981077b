package org.caseloop.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.caseloop.cases.api.Procedure;
import org.caseloop.cases.deadline.Deadline;
import org.caseloop.cases.deadline.DeadlineService;
import org.caseloop.cases.deadline.LegalPeriod;
import org.caseloop.cases.deadline.ReviewPeriod;
import org.caseloop.cases.deadline.ReviewPeriodQuery;
import org.caseloop.cases.deadline.ReviewPeriods;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Sets a case's review deadline from its facts with {@link ReviewPeriods} and {@link DeadlineService}: the one
 * place a case's deadline is computed. Custody means any suspect is detained (羁押).
 */
@ApplicationScoped
public class CaseDeadlines {

    /** The extension of a major or complex prosecution review (CPL art. 172). */
    public static final int PROSECUTION_EXTENSION_DAYS = 15;

    @Inject
    DeadlineService deadlines;

    public static ReviewPeriodQuery query(CaseFile c, int extensionDays) {
        ReviewPeriodQuery q = ReviewPeriodQuery.of(c.getBusinessType());
        if (c.isInCustody()) {
            q = q.withSuspectDetained();
        }
        if (c.isSupervisoryTransfer()) {
            q = q.withSupervisoryRetention();
        }
        if (c.isMajorComplex()) {
            q = q.withMajorOrComplex();
        }
        if (c.getProcedure() == Procedure.EXPEDITED && c.isGuiltyPlea()) {
            q = q.withExpeditedGuiltyPlea(c.getPossibleSentenceMonths());
        }
        return extensionDays == 0 ? q : q.withExtension(extensionDays);
    }

    /** Whether the law allows this case's review to be extended (only a major or complex, non-expedited review). */
    public static boolean extensible(CaseFile c) {
        try {
            ReviewPeriods.periodFor(query(c, PROSECUTION_EXTENSION_DAYS));
            return c.getBusinessType() == org.caseloop.cases.api.BusinessType.PROSECUTION_REVIEW;
        } catch (IllegalArgumentException notAllowed) {
            return false;
        }
    }

    /** Counts the full review period from {@code start}: at intake and when the case comes back. */
    public void start(CaseFile c, LocalDate start) {
        Optional<ReviewPeriod> period = ReviewPeriods.periodFor(query(c, 0));
        if (period.isEmpty()) {
            c.deadline(start, null, null, null, "该类案件无法定审查期限", "No statutory review period for this type of case");
            return;
        }
        Deadline d = deadlines.compute(start, period.get().period(), c.isInCustody());
        c.deadline(start, period.get().period().toString(), d.deadline(), d.provisionalYear(),
                explain(period.get(), d, Locale.CHINESE), explain(period.get(), d, Locale.ENGLISH));
    }

    /** Extends the running period by 15 days, counted from the day it would have expired. */
    public void extend(CaseFile c) {
        ReviewPeriod period = ReviewPeriods.periodFor(query(c, PROSECUTION_EXTENSION_DAYS)).orElseThrow();
        Deadline original = deadlines.compute(c.getReviewStart(), period.period(), c.isInCustody());
        Deadline extended = deadlines.extend(original, period.extension().orElseThrow());
        c.deadline(c.getReviewStart(), period.period().toString(), extended.deadline(), extended.provisionalYear(),
                explain(period, original, Locale.CHINESE) + "；延长后：" + extended.explanation(Locale.CHINESE),
                explain(period, original, Locale.ENGLISH) + "; extended: " + extended.explanation(Locale.ENGLISH));
    }

    /**
     * Sets the day the handler's risk pre-assessment is due: {@code days} working days after {@code start}, counted
     * like a statutory period outside custody (and provisional like one when it reaches a year not entered).
     */
    public void riskDue(CaseFile c, LocalDate start, int days) {
        Deadline due = deadlines.compute(start, LegalPeriod.ofDays(days), false);
        c.riskDue(due.deadline(), due.provisionalYear());
    }

    /**
     * Counts the running review period again from the case's facts, as it was first counted (with its extension,
     * if one was granted): after a year the count crossed without a calendar has been entered.
     */
    public void recount(CaseFile c) {
        if (c.isClockStopped() || c.getDeadline() == null) {
            return;
        }
        if (c.getExtensionDays() > 0) {
            extend(c);
        } else {
            start(c, c.getReviewStart());
        }
    }

    private static String explain(ReviewPeriod period, Deadline d, Locale locale) {
        String sep = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "；" : "; ";
        return period.reason(locale) + sep + d.explanation(locale);
    }
}
