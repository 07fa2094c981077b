package org.caseloop.cases.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.caseloop.platform.organisation.Roles;
import org.caseloop.platform.validation.PlainText;
import org.caseloop.platform.web.api.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HANDLER, Roles.DIRECTOR, Roles.DEPUTY_CHIEF, Roles.CHIEF})
@Tag(name = "Fast-trial batch work", description = "集中办理: one step for many simple cases, each case on its own")
public class BatchResource {

    @Inject
    BatchService batches;

    /** One step for many cases; the lawyer is needed for plea agreements. */
    public record BatchRequest(@NotNull FastTrialStep step, @NotEmpty @Size(max = BatchService.MAX_CASES) List<Long> caseIds,
                               @PlainText(max = 100) String dutyLawyer, @PlainText(max = 500, multiline = true) String note) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Perform one centralised step for many cases",
            description = "Each case takes the step completely or not at all; refused cases are named with the reason.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "plea agreements",
            value = "{\"step\":\"SIGN_PLEA\",\"caseIds\":[1051,1052,1053],\"dutyLawyer\":\"李律师\"}")))
    @APIResponse(responseCode = "200", description = "The cases done and the cases refused with reasons")
    @APIResponse(responseCode = "422", description = "No step or no cases given")
    public BatchResult perform(@Valid @NotNull BatchRequest request) {
        return batches.perform(request.step(), request.caseIds(), request.dutyLawyer(), request.note());
    }

    @GET
    @Path("candidates")
    @Operation(summary = "My simple cases in progress with the steps each has taken, most urgent first")
    public List<BatchCandidate> candidates(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        int from = offset == null ? 0 : offset;
        int size = limit == null ? 50 : limit;
        Paging.check(from, size, 200);
        return batches.candidates(from, size);
    }
}
