package org.caseloop.platform.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.caseloop.platform.web.Messages;

/** Small helpers for backing beans: texts from the platform bundle and page messages. */
public final class Pages {

    static final String BUNDLE = "org.caseloop.platform.i18n.messages";

    private Pages() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Messages.text(faces.getViewRoot().getLocale(), BUNDLE, key, args);
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A refused change: its message, and each violation on a line of its own. */
    public static void error(RuntimeException e, java.util.List<String> violations) {
        error(e.getMessage());
        violations.forEach(Pages::error);
    }

    /** Keeps messages across a redirect. */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
