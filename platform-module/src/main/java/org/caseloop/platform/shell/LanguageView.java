package org.caseloop.platform.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.caseloop.platform.web.Languages;

import java.io.Serializable;
import java.util.Locale;

/** The language of the user's pages: the browser's choice at first, then whatever they switch to. */
@Named
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Languages.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        }
        return locale;
    }

    public String toggle() {
        locale = Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        faces.getExternalContext().getSessionMap().put(Languages.SESSION_ATTRIBUTE, locale);
        // Reload the same page so that everything on it, the menu included, is rendered in the new language.
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
