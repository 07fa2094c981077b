package org.caseloop.platform.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.caseloop.platform.web.api.InvalidParameterException;
import org.caseloop.platform.audit.AuditFilter;
import org.caseloop.platform.audit.AuditLog;
import org.caseloop.platform.audit.AuditOutcome;
import org.caseloop.platform.audit.AuditPage;
import org.caseloop.platform.audit.VerificationResult;
import org.caseloop.platform.organisation.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;

@Path("audit")
@RequestScoped
@RolesAllowed(Roles.AUDIT_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Append-only, hash-chained record of every change, login and denial; "
        + "read and verified by the audit administrator alone")
public class AuditResource {

    static final int MAX_LIMIT = 500;

    @Inject
    AuditLog log;

    @GET
    @Operation(summary = "Browse the audit trail, newest first",
            description = "Key-set paging: pass the returned nextBefore as 'before' to get the next page.")
    @APIResponse(responseCode = "200", description = "A page of records")
    @APIResponse(responseCode = "400", description = "A bad time, outcome or limit")
    public AuditPage search(
            @Parameter(description = "From (inclusive), ISO-8601 instant", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "To (exclusive), ISO-8601 instant", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "User name of the actor", example = "handler") @QueryParam("actor") String actor,
            @Parameter(description = "Object type", example = "StaffUser") @QueryParam("objectType") String objectType,
            @Parameter(description = "Object id", example = "handler") @QueryParam("objectId") String objectId,
            @Parameter(description = "Action", example = "LOGIN") @QueryParam("action") String action,
            @Parameter(description = "SUCCESS, FAILURE or DENIED") @QueryParam("outcome") String outcome,
            @Parameter(description = "Continue after this id") @QueryParam("before") Long before,
            @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("limit") Integer limit) {
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "api.param.range", "limit", 1, MAX_LIMIT);
        }
        AuditFilter filter = new AuditFilter(instant("from", from), instant("to", to), actor, objectType, objectId,
                action, outcome(outcome));
        return log.search(filter, before, size);
    }

    @POST
    @Path("verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify the hash chain",
            description = "Seals pending records, walks the whole chain and names the first broken record.")
    @APIResponse(responseCode = "200", description = "The verification result; intact=false names the first broken record")
    public VerificationResult verify() {
        return log.verify();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "api.param.instant", name);
        }
    }

    private static AuditOutcome outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditOutcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw InvalidParameterException.notOneOf("outcome", AuditOutcome.class);
        }
    }
}
