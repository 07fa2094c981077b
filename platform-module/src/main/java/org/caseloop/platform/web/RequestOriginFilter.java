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
 * Notes the client address of every request. Behind a reverse proxy, set
 * {@code caseloop.trust-forwarded-for=true} so that the proxy's X-Forwarded-For is used instead.
 */
@WebFilter(filterName = "requestOrigin", urlPatterns = "/*", asyncSupported = true)
public class RequestOriginFilter extends HttpFilter {

    @Inject
    RequestOrigin origin;

    @Inject
    @ConfigProperty(name = "caseloop.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        origin.capture(req, trustForwardedFor);
        chain.doFilter(req, res);
    }
}
