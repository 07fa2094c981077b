package org.caseloop.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The two languages of CaseLoop: Chinese first, English second. */
public final class Languages {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    /** Session attribute holding the language the user chose in the page header. */
    public static final String SESSION_ATTRIBUTE = "caseloop.locale";

    private Languages() {
    }

    /** The user's choice in this session, else the browser's preference, else Chinese. */
    public static Locale of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        if (request.getHeader("Accept-Language") == null) {
            return DEFAULT;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            if (wanted.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
            if (wanted.getLanguage().equals("zh")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return DEFAULT;
    }
}
