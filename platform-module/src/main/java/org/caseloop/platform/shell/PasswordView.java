package org.caseloop.platform.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caseloop.platform.organisation.OrganisationAdmin;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.web.UnprocessableException;

/** The user changes their own password (forced at first login after an administrator set it). */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    OrganisationAdmin admin;

    @Inject
    CurrentUser currentUser;

    private String current;
    private String next;
    private String repeat;

    public boolean isMustChange() {
        return currentUser.find().map(u -> u.mustChangePassword()).orElse(false);
    }

    public String change() {
        if (next == null || !next.equals(repeat)) {
            Pages.error(Pages.text("password.mismatch"));
            return null;
        }
        try {
            admin.changeOwnPassword(currentUser.get().username(), current, next);
        } catch (UnprocessableException e) {
            Pages.error(e, e.violations());
            return null;
        }
        Pages.info(Pages.text("password.changed"));
        Pages.keepMessages();
        return "/index?faces-redirect=true";
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
