package org.caseloop.platform.shell;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caseloop.platform.audit.AuditEvent;
import org.caseloop.platform.audit.AuditOutcome;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.audit.FieldChange;
import org.caseloop.platform.security.CurrentUser;

import java.io.IOException;
import java.util.Map;

/**
 * A user whose password was set by someone else (first login, reset) changes it before anything else:
 * pages lead to the password page, the API answers 403 except for the password change itself.
 */
@WebFilter(filterName = "mustChangePassword", urlPatterns = "/*")
public class MustChangePasswordFilter extends HttpFilter {

    private static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (req.getUserPrincipal() == null || exempt(path)
                || !currentUser.find().map(u -> u.mustChangePassword()).orElse(false)) {
            chain.doFilter(req, res);
            return;
        }
        if (path.matches("^/[a-z]+/api(/.*)?$")) {
            // A refusal like any other 403 of the API: audited with what was asked.
            audit.record(new AuditEvent(req.getUserPrincipal().getName(), null, "Endpoint",
                    req.getMethod() + " " + req.getRequestURI(), "ACCESS_DENIED", AuditOutcome.DENIED,
                    Map.of("reason", FieldChange.created("password must be changed first"))));
            res.setStatus(HttpServletResponse.SC_FORBIDDEN);
            res.setContentType("application/problem+json");
            res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"The password must be changed first: POST /admin/api/account/password\"}");
            return;
        }
        res.sendRedirect(req.getContextPath() + PASSWORD_PAGE);
    }

    private static boolean exempt(String path) {
        return path.equals(PASSWORD_PAGE) || path.equals("/admin/api/account/password")
                || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/error/")
                || path.equals("/login.xhtml");
    }
}
