package org.caseloop.cases.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import org.caseloop.platform.web.AccessDeniedException;
import org.caseloop.platform.web.ConflictException;
import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.UnprocessableException;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns what the services refuse into messages on the page, in the page's language. */
final class PageMessages {

    static final String BUNDLE = "org.caseloop.cases.i18n.messages";
    private static final String VALIDATION_BUNDLE = "ValidationMessages";

    private PageMessages() {
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String text(String key, Object... args) {
        return Messages.text(locale(), BUNDLE, key, args);
    }

    static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /** Shows a refusal of the services; returns false so callers can write {@code return PageMessages.refused(e)}. */
    static boolean refused(RuntimeException e) {
        if (e instanceof UnprocessableException u) {
            error(u.getMessage());
            u.violations().forEach(PageMessages::error);
        } else if (e instanceof ConflictException || e instanceof AccessDeniedException) {
            error(e.getMessage());
        } else {
            throw e;
        }
        return false;
    }

    /** Each violation as "field: message", the message from the validation bundle in the page's language. */
    static <T> boolean violations(Set<ConstraintViolation<T>> violations) {
        for (ConstraintViolation<T> v : violations) {
            String template = v.getMessageTemplate();
            String message = v.getMessage();
            if (template.startsWith("{") && template.endsWith("}")) {
                message = Messages.text(locale(), VALIDATION_BUNDLE, template.substring(1, template.length() - 1));
                for (Map.Entry<String, Object> a : v.getConstraintDescriptor().getAttributes().entrySet()) {
                    message = message.replace("{" + a.getKey() + "}", String.valueOf(a.getValue()));
                }
            }
            error(text("field." + lastName(v.getPropertyPath().toString())) + "：" + message);
        }
        return violations.isEmpty();
    }

    private static String lastName(String path) {
        String p = path.replaceAll("\\[\\d+]", "").replaceAll("<[^>]*>", "");
        int dot = p.lastIndexOf('.');
        return dot >= 0 ? p.substring(dot + 1) : p;
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
