package org.caseloop.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Optional;

/** Checks {@link PlainText}: the length in characters and the absence of control characters. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    public static final String TOO_LONG = "{caseloop.text.tooLong}";
    public static final String CONTROL = "{caseloop.text.control}";

    private int max;
    private boolean multiline;

    @Override
    public void initialize(PlainText constraint) {
        max = constraint.max();
        multiline = constraint.multiline();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        Optional<String> problem = value == null ? Optional.empty() : problem(value.toString(), max, multiline);
        problem.ifPresent(template -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        });
        return problem.isEmpty();
    }

    /** The message template of what is wrong with the text, if anything: {@link #TOO_LONG} or {@link #CONTROL}. */
    public static Optional<String> problem(String text, int max, boolean multiline) {
        if (text.codePointCount(0, text.length()) > max) {
            return Optional.of(TOO_LONG);
        }
        if (text.codePoints().anyMatch(c -> forbidden(c, multiline))) {
            return Optional.of(CONTROL);
        }
        return Optional.empty();
    }

    /** Whether a character may not appear in a text of this kind. */
    static boolean forbidden(int c, boolean multiline) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return !multiline;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.SURROGATE || bidiControl(c)
                || c == 0x2028 || c == 0x2029;
    }

    // The embedding, override and isolate controls (U+202A-202E, U+2066-2069), which reorder the text on display.
    private static boolean bidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
