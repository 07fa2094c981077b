package org.caseloop.cases.deadline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statutory period counted in whole days or whole months, written in ISO-8601 as {@code P7D} or
 * {@code P1M}. Periods in hours concern detention by the police, not the procuratorate's reviews,
 * so they are not accepted here.
 */
public record LegalPeriod(int amount, Unit unit) {

    public enum Unit {
        DAYS(366),
        MONTHS(12);

        private final int maximum;

        Unit(int maximum) {
            this.maximum = maximum;
        }
    }

    private static final Pattern ISO_FORM = Pattern.compile("P(\\d{1,3})([DM])");

    public LegalPeriod {
        if (unit == null) {
            throw new IllegalArgumentException("A legal period needs a unit (days or months)");
        }
        if (amount < 1 || amount > unit.maximum) {
            throw new IllegalArgumentException("A legal period in " + unit.name().toLowerCase(Locale.ROOT)
                    + " must be between 1 and " + unit.maximum + ", not " + amount);
        }
    }

    public static LegalPeriod ofDays(int days) {
        return new LegalPeriod(days, Unit.DAYS);
    }

    public static LegalPeriod ofMonths(int months) {
        return new LegalPeriod(months, Unit.MONTHS);
    }

    /**
     * Reads {@code PnD} (n = 1..366) or {@code PnM} (n = 1..12).
     *
     * @throws IllegalArgumentException for anything else: hours, weeks, years, zero, negative or mixed periods
     */
    public static LegalPeriod parse(String text) {
        Matcher matcher = text == null ? null : ISO_FORM.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("Not a legal period: '" + text
                    + "'; expected days or months in ISO-8601 form, e.g. P7D, P15D or P1M");
        }
        Unit unit = matcher.group(2).equals("D") ? Unit.DAYS : Unit.MONTHS;
        return new LegalPeriod(Integer.parseInt(matcher.group(1)), unit);
    }

    /** The ISO-8601 form, e.g. {@code P15D}. */
    @Override
    public String toString() {
        return "P" + amount + (unit == Unit.DAYS ? "D" : "M");
    }
}
