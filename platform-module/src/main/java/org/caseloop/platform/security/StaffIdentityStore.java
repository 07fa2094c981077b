package org.caseloop.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.web.RequestOrigin;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates staff passwords; the groups it returns are the role names. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    /** Monitors striped by user name: bounded whatever names are tried, and rarely shared by two busy users. */
    private final Object[] verifying = new Object[64];

    public StaffIdentityStore() {
        Arrays.setAll(verifying, i -> new Object());
    }

    @Inject
    LoginService logins;

    @Inject
    CredentialCache cache;

    @Inject
    StaffAccess access;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = up.getCaller();
        String password = up.getPasswordAsString();
        CredentialValidationResult cached = cached(username, password);
        if (cached != null) {
            return cached;
        }
        // When the cached entry of a busy integration expires, all its concurrent requests miss at once. Only one
        // of them verifies the password (a deliberately slow hash, under the staff row's lock); the others wait for
        // it and then find the fresh entry, instead of queueing one slow hash after another on that lock.
        synchronized (verifying[Math.floorMod(username.hashCode(), verifying.length)]) {
            cached = cached(username, password);
            if (cached != null) {
                return cached;
            }
            return verify(username, password);
        }
    }

    /** Checks the password against the staff record (and audits the attempt) even when a cached answer exists. */
    public CredentialValidationResult validateWithoutCache(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return verify(up.getCaller(), up.getPasswordAsString());
    }

    private CredentialValidationResult verify(String username, String password) {
        LoginService.Result result = logins.authenticate(username, password, origin.ip());
        if (result.outcome() != LoginOutcome.SUCCESS) {
            cache.forget(username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        cache.remember(username, password);
        access.forget(username);
        return new CredentialValidationResult(username, groups(result.roles()));
    }

    /**
     * The answer for a password verified earlier, with the roles the user has now; null when it must be
     * verified again (not cached, changed or locked since). A deactivated user is refused outright.
     */
    private CredentialValidationResult cached(String username, String password) {
        Optional<Instant> verifiedAt = cache.verifiedAt(username, password);
        if (verifiedAt.isEmpty()) {
            return null;
        }
        Optional<StaffAccess.Access> current = access.active(username);
        if (current.isEmpty()) {
            cache.forget(username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!current.get().trusts(verifiedAt.get(), clock.instant())) {
            cache.forget(username);
            return null;
        }
        return new CredentialValidationResult(username, groups(current.get().roles()));
    }

    static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
