package org.caseloop.platform.validation;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Checks {@link CaseDate} against today from the application's clock ({@link org.caseloop.platform.Clocks}), which
 * runs in the office's time zone. The clock is looked up rather than injected: the server's validation runtime
 * creates constraint validators without injecting them.
 */
public class CaseDateValidator implements ConstraintValidator<CaseDate, LocalDate> {

    /** The earliest date a case in CaseLoop can carry. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private Clock clock;

    @Override
    public void initialize(CaseDate constraint) {
        clock = CDI.current().select(Clock.class).get();
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || within(value, LocalDate.now(clock));
    }

    /** Whether the date lies between {@link #EARLIEST} and today, both included. */
    public static boolean within(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST) && !date.isAfter(today);
    }
}
