package org.caseloop.petition.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.caseloop.platform.health.ModuleStatus;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API root answers with the module's state, the same check as its readiness. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Petition module")
public class PetitionApiRoot {

    @Inject
    @Readiness
    PetitionReadiness readiness;

    @GET
    @Operation(summary = "State of the petitions module")
    public ModuleStatus status() {
        return ModuleStatus.of("petitions", readiness.call());
    }
}
