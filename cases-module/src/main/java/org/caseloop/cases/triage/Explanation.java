package org.caseloop.cases.triage;

import java.util.Locale;

/** A reason in both languages of the user interface; both are kept on the case because users switch language. */
public record Explanation(String zh, String en) {

    /** Chinese for any Chinese locale, English otherwise. */
    public String in(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? zh : en;
    }
}
