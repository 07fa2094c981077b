package org.caseloop.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up has finished; background jobs and the readiness check wait for it. */
@ApplicationScoped
public class PlatformStatus {

    private volatile boolean ready;

    public boolean isReady() {
        return ready;
    }

    void markReady() {
        ready = true;
    }
}
