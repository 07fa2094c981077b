package org.caseloop.platform.api;

import jakarta.enterprise.context.RequestScoped;
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

/** The organisation tree; every signed-in user may read it (it names no case). */
@Path("organisation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation", description = "Procuratorates, departments and teams")
public class OrganisationResource {

    @Inject
    StaffDirectory directory;

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
