package org.caseloop.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;

/**
 * The session and single sign-on cookies are Secure (server.xml), so a browser signs in only over TLS: a page
 * asked for over plain http is redirected to the same address on the https port. REST calls and /metrics keep
 * plain http for integrations and scrapers on the internal network. Behind a proxy that ends TLS itself (and
 * redirects), set {@code caseloop.pages.https-redirect=false}.
 */
@WebFilter(filterName = "pagesOverTls", urlPatterns = "/*", asyncSupported = true)
public class PagesOverTlsFilter extends HttpFilter {

    @Inject
    @ConfigProperty(name = "caseloop.pages.https-redirect", defaultValue = "true")
    boolean redirect;

    @Inject
    @ConfigProperty(name = "https.port", defaultValue = "9443")
    int httpsPort;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (redirect && !req.isSecure() && isPageRead(req.getMethod(), path)) {
            String query = req.getQueryString() == null ? "" : "?" + req.getQueryString();
            res.sendRedirect("https://" + req.getServerName() + ":" + httpsPort + req.getRequestURI() + query);
            return;
        }
        chain.doFilter(req, res);
    }

    static boolean isPageRead(String method, String path) {
        return ("GET".equals(method) || "HEAD".equals(method)) && !path.matches("^/[a-z]+/api(/.*)?$")
                && !path.equals("/metrics");
    }
}
