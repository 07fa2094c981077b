package org.caseloop.cases.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The early-warning periods before a deadline (legal-rules §4), from MicroProfile Config; the defaults
 * live in {@code META-INF/microprofile-config.properties} of this module.
 */
@ApplicationScoped
public class DeadlineWarnings {

    @Inject
    @ConfigProperty(name = "caseloop.deadline.lead-days.prosecution-review")
    int prosecutionReview;

    @Inject
    @ConfigProperty(name = "caseloop.deadline.lead-days.arrest-review")
    int arrestReview;

    /** Arrest review has its own, shorter warning; every other line of business uses prosecution review's. */
    public int leadDays(String businessType) {
        return leadDays(businessType, prosecutionReview, arrestReview);
    }

    static int leadDays(String businessType, int prosecutionReview, int arrestReview) {
        return "ARREST_REVIEW".equals(businessType) ? arrestReview : prosecutionReview;
    }
}
