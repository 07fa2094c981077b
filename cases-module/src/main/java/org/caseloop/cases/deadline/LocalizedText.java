package org.caseloop.cases.deadline;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Reads the deadline texts from {@code DeadlineMessages*.properties}: English by default, Chinese for zh. */
final class LocalizedText {

    private static final String BUNDLE = "org.caseloop.cases.deadline.DeadlineMessages";

    // Without this control an English request on a server whose default locale is Chinese would get Chinese.
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private LocalizedText() {
    }

    static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, LocalizedText.class.getClassLoader(),
                NO_DEFAULT_LOCALE_FALLBACK);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A period in words, e.g. "7日" or "1 month". */
    static String period(Locale locale, LegalPeriod period) {
        String key = period.unit() == LegalPeriod.Unit.DAYS ? "period.days" : "period.months";
        return format(locale, key, period.amount());
    }
}
