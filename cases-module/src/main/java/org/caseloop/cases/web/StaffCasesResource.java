package org.caseloop.cases.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.caseloop.cases.assignment.AssignmentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moves the open cases of a prosecutor on leave: {@code POST /cases/api/prosecutors/{staffId}/open-cases/reassignment}. */
@Path("prosecutors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class StaffCasesResource {

    @Inject
    AssignmentService assignment;

    @POST
    @Path("{staffId}/open-cases/reassignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move every open case of a prosecutor on leave to the rotation, each audited")
    public AssignmentService.LeaveOutcome reassignOpenCases(@PathParam("staffId") long staffId) {
        return assignment.reassignOpenCasesOf(staffId);
    }
}
