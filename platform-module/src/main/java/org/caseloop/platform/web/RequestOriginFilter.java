package org.caseloop.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Notes the client address of every request. Behind reverse proxies, list them in
 * {@code caseloop.trusted-proxies} so that the address they forward is used instead.
 */
@WebFilter(filterName = "requestOrigin", urlPatterns = "/*", asyncSupported = true)
public class RequestOriginFilter extends HttpFilter {

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        origin.capture(req);
        chain.doFilter(req, res);
    }
}
