package org.caseloop.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.web.RequestOrigin;

import java.util.Arrays;
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
    RequestOrigin origin;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = up.getCaller();
        String password = up.getPasswordAsString();
        Set<Role> cached = cache.lookup(username, password);
        if (cached != null) {
            return valid(username, cached);
        }
        // When the cached entry of a busy integration expires, all its concurrent requests miss at once. Only one
        // of them verifies the password (a deliberately slow hash, under the staff row's lock); the others wait for
        // it and then find the fresh entry, instead of queueing one slow hash after another on that lock.
        synchronized (verifying[Math.floorMod(username.hashCode(), verifying.length)]) {
            cached = cache.lookup(username, password);
            if (cached != null) {
                return valid(username, cached);
            }
            LoginService.Result result = logins.authenticate(username, password, origin.ip());
            if (result.outcome() != LoginOutcome.SUCCESS) {
                cache.forget(username);
                return CredentialValidationResult.INVALID_RESULT;
            }
            cache.remember(username, password, result.roles());
            return valid(username, result.roles());
        }
    }

    private static CredentialValidationResult valid(String username, Set<Role> roles) {
        return new CredentialValidationResult(username, roles.stream().map(Role::name).collect(Collectors.toSet()));
    }
}
