package org.caseloop.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on every response of the application, error pages included. The
 * Content-Security-Policy set here is the strict one; when PrimeFaces renders a page it adds its own, with the
 * page's nonce, and that one replaces ours instead of joining it (two policies would both apply).
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        res.setHeader(CSP, SecurityHeaders.CONTENT_SECURITY_POLICY);
        res.setHeader("X-Content-Type-Options", SecurityHeaders.CONTENT_TYPE_OPTIONS);
        res.setHeader("X-Frame-Options", SecurityHeaders.FRAME_OPTIONS);
        res.setHeader("Referrer-Policy", SecurityHeaders.REFERRER_POLICY);
        if (req.isSecure()) {
            res.setHeader("Strict-Transport-Security", SecurityHeaders.STRICT_TRANSPORT_SECURITY);
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!SecurityHeaders.mayBeCached(path)) {
            res.setHeader("Cache-Control", SecurityHeaders.NO_STORE);
        }
        chain.doFilter(req, new OnePolicy(res));
    }

    /** Lets a page's own policy replace the strict one. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
