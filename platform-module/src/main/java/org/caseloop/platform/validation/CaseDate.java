package org.caseloop.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date on which something in a case has already happened (received, returned, came back): not before
 * {@link CaseDateValidator#EARLIEST}, the earliest date of any case CaseLoop holds, and not after today in the
 * office's time zone. A year-1 or year-2099 date is a typing error that would give a deadline nobody can meet or a
 * case that never falls due. Null is valid: {@code @NotNull} says whether the date is required.
 */
@Documented
@Constraint(validatedBy = CaseDateValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CaseDate {

    String message() default "{caseloop.date.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
