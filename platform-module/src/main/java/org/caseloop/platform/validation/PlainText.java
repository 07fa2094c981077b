package org.caseloop.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rule for every text a caller sends: at most {@link #max()} characters and no control characters (NUL, the
 * escape that starts a terminal sequence, the C1 controls, the bidirectional overrides that make a text read
 * differently than it is stored). Line breaks and tabs only where {@link #multiline()} allows them. Null is valid:
 * {@code @NotNull}/{@code @NotBlank} say whether a text is required.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** The most characters (Unicode code points) the text may have. */
    int max();

    /** Whether line breaks and tabs are allowed (a summary, a note), or the text is one line (a name, a code). */
    boolean multiline() default false;

    String message() default "{caseloop.text.plain}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
