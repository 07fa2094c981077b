package org.caseloop.platform.web;

import jakarta.enterprise.context.RequestScoped;


import java.util.Locale;

/**
 * Where the current request came from (for the audit trail) and which language its user reads.
 * Filled in by {@link RequestOriginFilter}.
 */
@RequestScoped
public class RequestOrigin {

    private String ip;
    private Locale locale = Languages.DEFAULT;

    public Locale locale() {
        return locale;
    }


    public String ip() {
        return ip;
    }

    /**
     * Notes the request's client address and language. Called by {@link RequestOriginFilter} and by the
     * authentication mechanism, which runs before any filter.
     */
    public void capture(jakarta.servlet.http.HttpServletRequest request, boolean trustForwardedFor) {
        String forwarded = request.getHeader("X-Forwarded-For");
        ip = trustForwardedFor && forwarded != null && !forwarded.isBlank()
                ? forwarded.split(",")[0].trim()
                : request.getRemoteAddr();
        locale = Languages.of(request);
    }
}
