package org.caseloop.platform.shell;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caseloop.platform.audit.AuditEvent;
import org.caseloop.platform.audit.AuditOutcome;
import org.caseloop.platform.audit.AuditTrail;

import java.io.IOException;
import java.util.Map;

/** A page refused by the container's role check arrives here on its way to the 403 page: audit it. */
@WebFilter(filterName = "deniedPageAudit", urlPatterns = "/error/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class DeniedPageAuditFilter extends HttpFilter {

    @Inject
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String actor = req.getUserPrincipal() == null ? null : req.getUserPrincipal().getName();
        audit.record(new AuditEvent(actor, null, "Page", uri == null ? null : uri.toString(), "ACCESS_DENIED",
                AuditOutcome.DENIED, Map.of()));
        chain.doFilter(req, res);
    }
}
