package org.caseloop.cases.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.caseloop.cases.api.CaseLabel;
import org.caseloop.cases.assignment.AssignmentService;
import org.caseloop.cases.casefile.CaseCard;
import org.caseloop.cases.casefile.CaseFlow;
import org.caseloop.cases.casefile.CasePage;
import org.caseloop.cases.casefile.CaseQueries;
import org.caseloop.cases.casefile.CaseVersions;
import org.caseloop.cases.casefile.Stage;
import org.caseloop.cases.intake.BulkOutcome;
import org.caseloop.cases.intake.BulkSubmission;
import org.caseloop.cases.intake.CaseSubmission;
import org.caseloop.cases.intake.IdempotentIntake;
import org.caseloop.cases.intake.IntakeService;
import org.caseloop.platform.web.ConflictException;
import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.UnprocessableException;
import org.caseloop.platform.web.api.ConflictMapper;
import org.caseloop.platform.web.api.ConstraintViolationMapper;
import org.caseloop.platform.web.api.InvalidParameterException;
import org.caseloop.platform.web.api.Paging;
import org.caseloop.platform.web.api.UnprocessableMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** The case file API under {@code /cases/api/cases}: intake, the card, lists and every move of a case. */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Intake (受理), case card (案卡), stages, deadlines, risk and assignment")
public class CaseResource {

    @Inject
    IdempotentIntake intake;

    @Inject
    CaseQueries queries;

    @Inject
    CaseFlow flow;

    @Inject
    AssignmentService assignment;

    @Inject
    Validator validator;

    @Inject
    CaseVersions versions;

    @Inject
    Messages messages;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Register a case (受理)",
            description = "Idempotent on (procuratorate, agency name, agency reference): the same submission again "
                    + "answers 200 with the case; different content under the same reference answers 409.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the case")
    @APIResponse(responseCode = "200", description = "Already registered with the same content")
    @APIResponse(responseCode = "409", description = "Same agency reference, different content")
    @APIResponse(responseCode = "422", description = "The submission breaks a rule")
    public Response register(@NotNull(message = "{caseloop.cases.body.required}") @Valid CaseSubmission submission) {
        IntakeService.Registration r = intake.register(submission);
        CaseCard card = queries.card(r.caseId());
        if (!r.created()) {
            return CaseEtags.card(card);
        }
        return Response.created(uri.getBaseUriBuilder().path("cases").path(String.valueOf(card.id())).build())
                .entity(card).tag(CaseEtags.of(card)).build();
    }

    @POST
    @Path("bulk")
    @Operation(summary = "Register many cases at once (批量移送)",
            description = "Up to " + BulkSubmission.MAX_CASES + " submissions, each checked and answered on its own "
                    + "by index: 201 registered, 200 registered before with the same content, 409 or 422 refused "
                    + "with the problem. The registered cases are committed together.")
    @APIResponse(responseCode = "200", description = "Every submission answered; see each result's status")
    @APIResponse(responseCode = "422", description = "No list, or more than " + BulkSubmission.MAX_CASES + " cases")
    public BulkOutcome registerBulk(@NotNull(message = "{caseloop.cases.body.required}") @Valid BulkSubmission bulk) {
        List<BulkOutcome.Item> results = new ArrayList<>(Collections.nCopies(bulk.cases().size(), null));
        List<CaseSubmission> valid = new ArrayList<>();
        List<Integer> validIndex = new ArrayList<>();
        for (int i = 0; i < bulk.cases().size(); i++) {
            CaseSubmission s = bulk.cases().get(i);
            // No null among them: the strict body reader refuses a list with an empty entry.
            List<String> violations = ConstraintViolationMapper.describe(validator.validate(s));
            if (violations.isEmpty()) {
                valid.add(s);
                validIndex.add(i);
            } else {
                results.set(i, BulkOutcome.Item.refused(i, ConstraintViolationMapper.problem("case", violations)));
            }
        }
        // Called even when every case was refused above: it is also where a caller who may not register is refused.
        for (IntakeService.Outcome o : intake.registerAll(valid)) {
            int index = validIndex.get(o.index());
            results.set(index, o.refusal() == null ? BulkOutcome.Item.registered(index, o.registration())
                    : refusal(index, o.refusal()));
        }
        return BulkOutcome.of(results);
    }

    /** The same problem a single intake answers for the same refusal. */
    private static BulkOutcome.Item refusal(int index, RuntimeException refusal) {
        return BulkOutcome.Item.refused(index, refusal instanceof UnprocessableException u
                ? UnprocessableMapper.problem(u) : ConflictMapper.problem((ConflictException) refusal));
    }

    @GET
    @Operation(summary = "Cases within the caller's data scope, newest first")
    public CasePage list(@QueryParam("label") String label, @QueryParam("stage") String stage,
                         @QueryParam("inProgress") Boolean inProgress,
                         @QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("50") int limit) {
        Paging.check(offset, limit, CaseQueries.MAX_LIMIT);
        return queries.list(parse(CaseLabel.class, "label", label), parse(Stage.class, "stage", stage), inProgress,
                offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The case card with its explanations and history",
            description = "The ETag names the card's version: send it as If-Match with every change of the case.")
    @APIResponse(responseCode = "200", description = "The card; ETag is its version")
    @APIResponse(responseCode = "403", description = "Outside the caller's data scope (audited)")
    public Response card(@PathParam("id") long id) {
        return CaseEtags.card(queries.card(id));
    }

    /*
     * Every change below names the version read (If-Match: the card's ETag) and answers the changed card with its new
     * ETag: 428 without If-Match, 409 when the case has changed since.
     */

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Move the case to another stage", description = "Only the moves the stage rule allows; 409 otherwise")
    @APIResponse(responseCode = "409", description = "A move the stage rule forbids, or the case changed since read")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response transition(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull(message = "{caseloop.cases.body.required}") @Valid CaseRequests.Transition body) {
        return change(id, ifMatch, () -> flow.transition(id, body.to(), body.reason()));
    }

    @POST
    @Path("{id}/risk")
    @Operation(summary = "The handler's risk pre-assessment (预判风险)")
    @APIResponse(responseCode = "409", description = "The case changed since read")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response risk(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull(message = "{caseloop.cases.body.required}") @Valid CaseRequests.Risk body) {
        return change(id, ifMatch, () -> flow.assessRisk(id, body.level(), body.reason()));
    }

    @POST
    @Path("{id}/supplementary-returns")
    @Operation(summary = "Return for supplementary investigation (退回补充侦查); at most twice, the clock stops")
    @APIResponse(responseCode = "409", description = "The case changed since read")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response supplementaryReturn(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                        @NotNull(message = "{caseloop.cases.body.required}")
                                        @Valid CaseRequests.SupplementaryReturn body) {
        return change(id, ifMatch, () -> flow.returnForSupplementaryInvestigation(id, body.returnedOn(), body.reason()));
    }

    @POST
    @Path("{id}/supplementary-returns/{n}/return")
    @Operation(summary = "The case came back: the review period starts again in full")
    @APIResponse(responseCode = "409", description = "The case changed since read")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response cameBack(@PathParam("id") long id, @PathParam("n") int n,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid CaseRequests.CameBack body) {
        return change(id, ifMatch, () -> flow.cameBack(id, n, body == null ? null : body.cameBackOn()));
    }

    @POST
    @Path("{id}/extension")
    @Operation(summary = "Extend a major or complex prosecution review by 15 days (deputy chief or chief)")
    @APIResponse(responseCode = "409", description = "The case changed since read")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response extend(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid CaseRequests.Extension body) {
        return change(id, ifMatch, () -> flow.extend(id, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/reassignment")
    @Operation(summary = "The director gives the case to another handler of the department; the reason is kept")
    @APIResponse(responseCode = "409", description = "The case changed since read (another reassignment first)")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response reassign(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull(message = "{caseloop.cases.body.required}") @Valid CaseRequests.Reassignment body) {
        return change(id, ifMatch, () -> assignment.reassign(id, body.handlerId(), body.reason()));
    }

    @PUT
    @Path("{id}/labels/{label}")
    @Operation(summary = "Set a label by hand")
    @APIResponse(responseCode = "409", description = "The case changed since read")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response addLabel(@PathParam("id") long id, @PathParam("label") String label,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CaseLabel parsed = required(CaseLabel.class, "label", label);
        return change(id, ifMatch, () -> flow.addLabel(id, parsed));
    }

    @DELETE
    @Path("{id}/labels/{label}")
    @Operation(summary = "Remove a label set by hand")
    @APIResponse(responseCode = "409", description = "The case changed since read")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response removeLabel(@PathParam("id") long id, @PathParam("label") String label,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CaseLabel parsed = required(CaseLabel.class, "label", label);
        return change(id, ifMatch, () -> flow.removeLabel(id, parsed));
    }

    /** The change, on the version the caller read, and the changed card with its new version. */
    private Response change(long id, String ifMatch, Supplier<?> change) {
        long versionRead = CaseEtags.versionRead(id, ifMatch, messages);
        versions.ifUnchanged(id, versionRead, change);
        return CaseEtags.card(queries.card(id));
    }

    /** An optional filter: empty means none. */
    static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        return value == null || value.isBlank() ? null : required(type, name, value);
    }

    /** A path segment that must name a constant. */
    static <E extends Enum<E>> E required(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidParameterException.notOneOf(name, type);
        }
    }
}
