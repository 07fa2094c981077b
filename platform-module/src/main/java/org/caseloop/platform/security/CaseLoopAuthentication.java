package org.caseloop.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.web.RequestOrigin;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * One login for the whole system. Pages use the form on {@code /login.xhtml} (the login view calls
 * {@code SecurityContext.authenticate}); the session then carries the login to every module.
 * REST calls under {@code …/api/…} use HTTP Basic, or the same session when made from the browser,
 * and get 401 instead of a redirect. Only a form login opens a session: Basic callers stay stateless,
 * so that integrations do not fill the server with sessions.
 */
@ApplicationScoped
public class CaseLoopAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final String REALM = "Basic realm=\"CaseLoop\", charset=\"UTF-8\"";
    private static final String SESSION_LOGIN = SessionLogin.class.getName();

    /** The login a session carries: only who, since roles and the active flag are read again for every request. */
    record SessionLogin(String username) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    StaffIdentityStore staffStore;

    @Inject
    StaffAccess access;

    @Inject
    RequestOrigin origin;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // Authentication runs before the servlet filters: note the origin here, for the login audit.
        origin.capture(request);
        Credential formCredential = context.getAuthParameters().getCredential();
        if (formCredential != null) {
            return formLogin(formCredential, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_LOGIN) instanceof SessionLogin login) {
            Optional<Set<Role>> roles = access.activeRoles(login.username());
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(login.username(), StaffIdentityStore.groups(roles.get()));
            }
            // Deactivated (or removed) since the login: the session ends and the request goes on as anonymous.
            session.invalidate();
        }
        boolean api = isApi(request);
        String authorization = request.getHeader("Authorization");
        if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).trim());
            if (basic == null) {
                return unauthorizedApi(response, context);
            }
            AuthenticationStatus status = validate(basic, context);
            return status == AuthenticationStatus.SUCCESS ? status : unauthorizedApi(response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return unauthorizedApi(response, context);
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
    }

    private AuthenticationStatus formLogin(Credential credential, HttpServletRequest request,
                                           HttpMessageContext context) {
        // A person signing in always has the password checked and the login audited, never a cached answer.
        CredentialValidationResult result = staffStore.validateWithoutCache(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // The login page shows the refusal itself, as an ordinary page (no 401 challenge).
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            // A new session id at login defeats session fixation.
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_LOGIN,
                new SessionLogin(result.getCallerPrincipal().getName()));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus validate(Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return context.responseUnauthorized();
    }

    private static AuthenticationStatus unauthorizedApi(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", REALM);
        response.setContentType("application/problem+json");
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Sign in with HTTP Basic (user name and password) or a session\"}");
        } catch (IOException e) {
            // The client has gone; the status is what matters.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // /metrics is read by scrapers with HTTP Basic, like the APIs.
        return path.matches("^/[a-z]+/api(/.*)?$") || path.equals("/metrics");
    }

    private static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
