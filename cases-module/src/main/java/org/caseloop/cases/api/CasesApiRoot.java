package org.caseloop.cases.api;

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
@Tag(name = "Cases module")
public class CasesApiRoot {

    @Inject
    @Readiness
    CasesReadiness readiness;

    @GET
    @Operation(summary = "State of the cases module")
    public ModuleStatus status() {
        return ModuleStatus.of("cases", readiness.call());
    }
}
