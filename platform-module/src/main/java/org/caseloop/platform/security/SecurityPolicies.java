package org.caseloop.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The configurable security rules, with their defaults in one place. Records cannot be proxied, hence {@code @Singleton}. */
@ApplicationScoped
public class SecurityPolicies {

    @Produces
    @Singleton
    PasswordPolicy passwordPolicy(
            @ConfigProperty(name = "caseloop.password.min-length", defaultValue = "10") int minLength,
            @ConfigProperty(name = "caseloop.password.min-classes", defaultValue = "3") int minClasses) {
        return new PasswordPolicy(minLength, minClasses);
    }

    @Produces
    @Singleton
    LockoutPolicy lockoutPolicy(
            @ConfigProperty(name = "caseloop.login.max-failures", defaultValue = "5") int maxFailures,
            @ConfigProperty(name = "caseloop.login.lock-minutes", defaultValue = "15") int lockMinutes) {
        return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }
}
