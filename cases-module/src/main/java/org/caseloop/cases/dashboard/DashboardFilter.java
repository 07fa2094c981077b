package org.caseloop.cases.dashboard;

/**
 * Narrows the home page's list within the user's scope; every field is optional.
 *
 * @param label       a case label (标识), e.g. {@code IN_CUSTODY}
 * @param stage       a stage, e.g. {@code UNDER_REVIEW}
 * @param risk        {@code LOW}, {@code MEDIUM} or {@code HIGH}
 * @param overdueOnly     only cases whose deadline has passed
 * @param provisionalOnly only cases whose deadline is provisional (a year's holidays not entered yet)
 */
public record DashboardFilter(Long departmentId, Long teamId, String label, String stage, String risk,
                              boolean overdueOnly, boolean provisionalOnly) {

    public static DashboardFilter none() {
        return new DashboardFilter(null, null, null, null, null, false, false);
    }
}
