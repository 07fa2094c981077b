package org.caseloop.platform.validation;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Clock;
import java.time.LocalDate;

/** Checks {@link CaseDate} against today from the injected clock, which runs in the office's time zone. */
public class CaseDateValidator implements ConstraintValidator<CaseDate, LocalDate> {

    /** The earliest date a case in CaseLoop can carry. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    @Inject
    Clock clock;

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || within(value, LocalDate.now(clock));
    }

    /** Whether the date lies between {@link #EARLIEST} and today, both included. */
    public static boolean within(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST) && !date.isAfter(today);
    }
}
