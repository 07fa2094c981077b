package org.caseloop.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the current request came from (for the audit trail) and which language its user reads.
 * Filled in by {@link RequestOriginFilter}. Behind reverse proxies, {@code caseloop.trusted-proxies}
 * lists their addresses (comma-separated); see {@link TrustedProxies} for how the client is found.
 */
@RequestScoped
public class RequestOrigin {

    @Inject
    @ConfigProperty(name = "caseloop.trusted-proxies")
    Optional<List<String>> trustedProxies;

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
    public void capture(HttpServletRequest request) {
        ip = new TrustedProxies(trustedProxies.orElse(List.of())).clientAddress(request.getRemoteAddr(),
                Collections.list(request.getHeaders("X-Forwarded-For")));
        locale = Languages.of(request);
    }
}
