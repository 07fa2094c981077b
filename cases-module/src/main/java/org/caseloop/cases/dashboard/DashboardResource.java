package org.caseloop.cases.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.caseloop.platform.web.api.InvalidParameterException;
import org.caseloop.cases.api.CaseLabel;
import org.caseloop.platform.organisation.Roles;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.web.api.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.Set;

/** The home page's data: {@code GET /cases/api/dashboard}. */
@Path("dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard", description = "In-progress cases of the user's scope, most urgent first")
@RolesAllowed({Roles.HANDLER, Roles.DIRECTOR, Roles.DEPUTY_CHIEF, Roles.CHIEF, Roles.COMMITTEE, Roles.CASE_OFFICE})
public class DashboardResource {

    static final int MAX_LIMIT = 200;
    static final Set<String> STAGES = Set.of("RECEIVED", "ASSIGNED", "UNDER_REVIEW", "SUPPLEMENTARY_INVESTIGATION",
            "PENDING_DECISION", "DECIDED", "CLOSED");
    static final Set<String> RISKS = Set.of("LOW", "MEDIUM", "HIGH");

    @Inject
    Dashboard dashboard;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The home page: counts and one page of in-progress cases within the caller's data scope")
    public DashboardPage dashboard(@QueryParam("departmentId") Long departmentId, @QueryParam("teamId") Long teamId,
                                   @QueryParam("label") String label, @QueryParam("stage") String stage,
                                   @QueryParam("risk") String risk, @QueryParam("overdue") Boolean overdueOnly,
                                   @Parameter(description = "Only cases whose deadline is provisional: counted across "
                                           + "a year whose holiday schedule is not entered yet")
                                   @QueryParam("provisional") Boolean provisionalOnly,
                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("20") int limit) {
        Paging.check(offset, limit, MAX_LIMIT);
        if (label != null && Arrays.stream(CaseLabel.values()).noneMatch(l -> l.name().equals(label))) {
            throw InvalidParameterException.notOneOf("label", CaseLabel.class);
        }
        if (stage != null && !STAGES.contains(stage)) {
            throw new InvalidParameterException("stage", "api.param.enum", "stage", STAGES.toString());
        }
        if (risk != null && !RISKS.contains(risk)) {
            throw new InvalidParameterException("risk", "api.param.enum", "risk", RISKS.toString());
        }
        DashboardFilter filter = new DashboardFilter(departmentId, teamId, label, stage, risk,
                Boolean.TRUE.equals(overdueOnly), Boolean.TRUE.equals(provisionalOnly));
        return dashboard.page(currentUser.scope(), filter, offset, limit);
    }
}
