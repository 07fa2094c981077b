package org.caseloop.cases.deadline;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.UnprocessableException;

/**
 * Computes statutory deadlines against the administrators' working-day calendar. Other code calls this.
 *
 * <p>The work of the office never stops for a missing year (legal-rules §1): {@link #compute} and {@link #extend}
 * answer a {@linkplain Deadline#provisional() provisional} deadline instead. Only an integrator who asks for a final
 * answer ({@link #computeFinal}) is refused.
 */
@ApplicationScoped
public class DeadlineService {

    @Inject
    private WorkingCalendarService calendars;

    @Inject
    private Messages messages;

    /** The deadline, provisional when it was counted across a year whose holiday schedule is not entered yet. */
    public Deadline compute(LocalDate start, LegalPeriod period, boolean inCustody) {
        return calculator().computeProvisionally(start, period, inCustody);
    }

    /** Counts an extension from the day the original period expired; provisional like {@link #compute}. */
    public Deadline extend(Deadline original, LegalPeriod extension) {
        return calculator().extendProvisionally(original, extension);
    }

    /**
     * The deadline only if it is final.
     *
     * @throws UnprocessableException if the computation reaches a year whose calendar has not been entered
     */
    public Deadline computeFinal(LocalDate start, LegalPeriod period, boolean inCustody) {
        try {
            return calculator().compute(start, period, inCustody);
        } catch (CalendarYearMissingException e) {
            throw new CalendarYearNotEnteredException(e, messages.text("org.caseloop.cases.i18n.messages",
                    "deadline.refused.yearNotEntered", String.valueOf(e.year())));
        }
    }

    private DeadlineCalculator calculator() {
        return new DeadlineCalculator(calendars.calendar());
    }
}
