package org.caseloop.platform.web;

/**
 * The security headers of every response CaseLoop writes, as one named rule each.
 * <ul>
 *   <li>{@link #CONTENT_SECURITY_POLICY}: what is not a page (REST answers, files) may load and run nothing and
 *   may be framed only by our own pages. Pages get the policy of {@code primefaces.CSP_POLICY} (web.xml) from
 *   PrimeFaces instead, which
 *   appends a fresh nonce to its script-src for each response and moves every inline handler of its components
 *   into scripts that carry the nonce; style-src keeps 'unsafe-inline' because PrimeFaces components render
 *   {@code style} attributes (and set styles from script) that a nonce cannot cover.</li>
 *   <li>nosniff: a JSON answer or a file is never run as a script or page because its content looks like one.</li>
 *   <li>Framing only by our own pages (clickjacking), for browsers without frame-ancestors too.</li>
 *   <li>Referrer: other sites never see our URLs, which carry case ids and search terms.</li>
 *   <li>HSTS on https: once a browser has reached us over TLS it never falls back to plain http.</li>
 *   <li>no-store on every dynamic answer: case data never stays in a browser's or proxy's cache.</li>
 * </ul>
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'";
    public static final String CONTENT_TYPE_OPTIONS = "nosniff";
    public static final String FRAME_OPTIONS = "SAMEORIGIN";
    public static final String REFERRER_POLICY = "same-origin";
    /** A year, the usual minimum for HSTS; not for subdomains, which CaseLoop does not own. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";
    public static final String NO_STORE = "no-store";

    private SecurityHeaders() {
    }

    /**
     * Static files (JSF resources, our CSS) may be cached: they carry no case data. Everything else is a page
     * or a REST answer about cases, staff or the audit trail.
     */
    public static boolean mayBeCached(String pathInApplication) {
        return pathInApplication.startsWith("/jakarta.faces.resource/") || pathInApplication.startsWith("/resources/");
    }
}
