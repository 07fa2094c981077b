package org.caseloop.cases.dashboard;

/**
 * Narrows the home page's list within the user's scope; every field is optional.
 *
 * @param label       a case label (标识), e.g. {@code IN_CUSTODY}
 * @param stage       a stage, e.g. {@code UNDER_REVIEW}
 * @param risk        {@code LOW}, {@code MEDIUM} or {@code HIGH}
 * @param overdueOnly only cases whose deadline has passed
 */
public record DashboardFilter(Long departmentId, Long teamId, String label, String stage, String risk,
                              boolean overdueOnly) {

    public static DashboardFilter none() {
        return new DashboardFilter(null, null, null, null, null, false);
    }
}
