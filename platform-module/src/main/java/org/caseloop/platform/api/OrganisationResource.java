package org.caseloop.platform.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.caseloop.platform.organisation.OrgLevel;
import org.caseloop.platform.organisation.OrganisationAdmin;
import org.caseloop.platform.organisation.Roles;
import org.caseloop.platform.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.caseloop.platform.organisation.DepartmentView;
import org.caseloop.platform.organisation.ProcuratorateView;
import org.caseloop.platform.organisation.StaffDirectory;
import org.caseloop.platform.organisation.TeamView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** The organisation tree; every signed-in user may read it (it names no case), administrators change it. */
@Path("organisation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation", description = "Procuratorates, departments and teams")
public class OrganisationResource {

    @Inject
    StaffDirectory directory;

    @Inject
    OrganisationAdmin admin;

    public record NewProcuratorate(@NotBlank @PlainText(max = 32) String code, @NotBlank @PlainText(max = 100) String name,
                                   @NotBlank @PlainText(max = 20) String shortName, @NotNull OrgLevel level,
                                   Long parentId) {
    }

    public record NewDepartment(@NotBlank @PlainText(max = 32) String code, @NotBlank @PlainText(max = 100) String name) {
    }

    public record NewTeam(@NotBlank @PlainText(max = 100) String name, boolean fastTrial,
                          Set<@NotBlank @PlainText(max = 32) String> businessTypes) {
    }

    @POST
    @Path("procuratorates")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a procuratorate (a district office names its city office as parent)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "Code or short name taken")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public Response createProcuratorate(@Valid @NotNull NewProcuratorate p) {
        return created(admin.createProcuratorate(p.code(), p.name(), p.shortName(), p.level(), p.parentId()));
    }

    @POST
    @Path("procuratorates/{id}/departments")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a department")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "Code taken in this procuratorate")
    public Response createDepartment(@PathParam("id") long id, @Valid @NotNull NewDepartment d) {
        return created(admin.createDepartment(id, d.code(), d.name()));
    }

    @POST
    @Path("departments/{id}/teams")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a team; a fast-trial team names the business types it takes")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "422", description = "A fast-trial team without business types")
    public Response createTeam(@PathParam("id") long id, @Valid @NotNull NewTeam t) {
        return created(admin.createTeam(id, t.name(), t.fastTrial(), t.businessTypes() == null ? Set.of() : t.businessTypes()));
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }

    @GET
    @Path("procuratorates")
    @Operation(summary = "All procuratorates (a few dozen at most, so not paged)")
    public List<ProcuratorateView> procuratorates() {
        return directory.procuratorates();
    }

    @GET
    @Path("procuratorates/{id}/departments")
    @Operation(summary = "Departments of a procuratorate")
    public List<DepartmentView> departments(@PathParam("id") long id) {
        directory.procuratorate(id).orElseThrow(() -> new NotFoundException("No procuratorate " + id));
        return directory.departments(id);
    }

    @GET
    @Path("departments/{id}/teams")
    @Operation(summary = "Teams of a department")
    public List<TeamView> teams(@PathParam("id") long id) {
        directory.department(id).orElseThrow(() -> new NotFoundException("No department " + id));
        return directory.teams(id);
    }
}
