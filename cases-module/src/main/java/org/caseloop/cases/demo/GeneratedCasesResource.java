package org.caseloop.cases.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.caseloop.platform.web.api.InvalidParameterException;
import org.caseloop.platform.organisation.Roles;
import org.caseloop.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk test data for load and acceptance tests: {@code POST /cases/api/admin/generated-cases?count=N&seed=S}
 * generates N cases (at most {@value #MAX_COUNT} per call; call again with another seed for more) in the
 * caller's procuratorates, synchronously. For a million cases call it ten times, e.g.
 * {@code for s in $(seq 1 10); do curl -u caseoffice:… -X POST ".../generated-cases?count=100000&seed=$s"; done}.
 * Not part of the production API: where {@link GeneratorAvailability} says no, the endpoint answers 404.
 */
@Path("admin/generated-cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Test data")
@RolesAllowed({Roles.CASE_OFFICE, Roles.ADMIN})
public class GeneratedCasesResource {

    static final int MAX_COUNT = 100_000;
    static final int MAX_DAYS = 3_650;

    @Inject
    CaseDataGenerator generator;

    @Inject
    CurrentUser currentUser;

    @Inject
    GeneratorAvailability availability;

    public record Generated(int cases, long rows, long millis, long rowsPerSecond) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate realistic test cases in the caller's procuratorates (case office and administrators)")
    public Generated generate(@QueryParam("count") @DefaultValue("1000") int count,
                              @QueryParam("seed") @DefaultValue("1") long seed,
                              @QueryParam("days") @DefaultValue("730") int days) {
        if (!availability.available()) {
            throw new NotFoundException();
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidParameterException("count", "api.param.range", "count", 1, MAX_COUNT);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidParameterException("days", "api.param.range", "days", 1, MAX_DAYS);
        }
        generator.recordStart(count, seed, days);
        CaseDataGenerator.Result r = generator.generate(count, seed, days, currentUser.scope().procuratorateIds());
        generator.recordRun(r, seed, days);
        return new Generated(r.cases(), r.rows(), r.millis(), r.rowsPerSecond());
    }
}
