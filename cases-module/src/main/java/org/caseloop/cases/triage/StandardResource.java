package org.caseloop.cases.triage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.caseloop.platform.organisation.Roles;
import org.caseloop.platform.validation.PlainText;
import org.caseloop.platform.web.UnprocessableException;
import org.caseloop.platform.web.api.StrictJsonReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/**
 * The classification standard under {@code /cases/api/classification-standards}: its versions, each version's
 * content in the JSON form {@link StandardCodec} writes, and publishing a new version (case office, administrators).
 */
@Path("classification-standards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Classification standard", description = "分类标准: the simple-case categories, the severity threshold "
        + "and the fast-track criteria; versioned, a new version applies to new cases only")
public class StandardResource {

    private static final String STANDARD_EXAMPLE = "{\"version\":2,\"severityThresholdMonths\":36,"
            + "\"fastTrack\":{\"expedited\":true,\"summaryWithGuiltyPlea\":true,\"simpleCategory\":true},"
            + "\"categories\":[{\"id\":\"PR-DANGEROUS-DRIVING\",\"nameZh\":\"危险驾驶（醉驾）\","
            + "\"nameEn\":\"Dangerous driving (drunk driving)\",\"businessTypes\":[\"PROSECUTION_REVIEW\"],"
            + "\"procedures\":[\"EXPEDITED\",\"SUMMARY\"],\"guiltyPleaRequired\":true,\"maxSuspects\":1,"
            + "\"maxSentenceMonths\":4,\"charges\":[{\"code\":\"C02043\",\"name\":\"危险驾驶罪\"}],"
            + "\"excludesMinors\":true,\"excludesSensitive\":true}]}";

    @Inject
    ClassificationStandardService standards;

    @Inject
    Validator validator;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The published versions, newest first", description = "Without their content; one is active.")
    public List<StandardVersion> versions() {
        standards.current(); // seeds the default standard into an empty table
        return standards.versions();
    }

    @GET
    @Path("current")
    @Operation(summary = "The active standard, which classifies new cases")
    @APIResponse(responseCode = "200", description = "The standard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "standard", value = STANDARD_EXAMPLE)))
    public Response current() {
        return json(standards.current());
    }

    @GET
    @Path("{version: \\d+}")
    @Operation(summary = "One published version, as it classified the cases that name it")
    @APIResponse(responseCode = "200", description = "The standard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "standard", value = STANDARD_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such version")
    public Response byVersion(@PathParam("version") int version) {
        return json(standards.byVersion(version)
                .orElseThrow(() -> new NotFoundException("No classification standard version " + version)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASE_OFFICE, Roles.ADMIN})
    @Operation(summary = "Publish a new version (case office, administrators)",
            description = "The standard becomes the next version and the active one: cases registered from now on "
                    + "are classified by it, cases registered before keep their version. The version number in "
                    + "the body is ignored and may be left out.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "lower the drunk-driving limit",
                    value = "{\"note\":\"醉驾类简案量刑上限调整为4个月\",\"standard\":" + STANDARD_EXAMPLE + "}")))
    @APIResponse(responseCode = "201", description = "Published; Location names the new version")
    @APIResponse(responseCode = "400", description = "The body is not JSON or lacks a field of the standard")
    @APIResponse(responseCode = "403", description = "Neither case office nor administrator")
    @APIResponse(responseCode = "422", description = "The note is missing or the standard breaks a rule; each "
            + "violation is named")
    public Response publish(String body) {
        PublishRequest request;
        try {
            request = PublishRequest.parse(body);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        Set<ConstraintViolation<PublishRequest>> invalid = validator.validate(request);
        if (!invalid.isEmpty()) {
            throw new ConstraintViolationException(invalid);
        }
        if (request.note() == null || request.note().isBlank()) {
            List<String> violations = new java.util.ArrayList<>(request.standard().violations());
            violations.add(0, "A note saying what changed and why is required");
            throw new UnprocessableException("The classification standard cannot be published", violations);
        }
        ClassificationStandard published = standards.publish(request.standard(), request.note());
        return Response.created(uri.getBaseUriBuilder().path("classification-standards")
                        .path(String.valueOf(published.version())).build())
                .entity(StandardCodec.toJson(published)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response json(ClassificationStandard standard) {
        return Response.ok(StandardCodec.toJson(standard), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The body of a publication: {@code {"note": "...", "standard": {...}}}. */
    record PublishRequest(@PlainText(max = 500, multiline = true) String note, ClassificationStandard standard) {

        /** @throws IllegalArgumentException if the body is not JSON or not a standard */
        static PublishRequest parse(String body) {
            if (body == null || body.isBlank()) {
                throw new IllegalArgumentException("The body is required: {\"note\": ..., \"standard\": {...}}");
            }
            // Refuses a body that is not JSON or is nested deeper than any standard before it is walked.
            JsonValue parsed = StrictJsonReader.parse(body);
            if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("The body must be a JSON object: {\"note\": ..., \"standard\": {...}}");
            }
            JsonObject json = parsed.asJsonObject();
            JsonValue note = json.get("note");
            if (note != null && note.getValueType() != JsonValue.ValueType.NULL
                    && note.getValueType() != JsonValue.ValueType.STRING) {
                throw new IllegalArgumentException("note must be a string");
            }
            JsonValue standard = json.get("standard");
            if (standard == null || standard.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("standard is required and must be an object");
            }
            JsonObject definition = standard.asJsonObject();
            if (!definition.containsKey("version")) {
                // The service numbers the new version; the caller need not guess it.
                definition = Json.createObjectBuilder(definition).add("version", 0).build();
            }
            // An unknown enum name (IllegalArgumentException) or a missing field: not a standard.
            return new PublishRequest(note instanceof JsonString s ? s.getString() : null,
                    StandardCodec.fromJson(definition.toString()));
        }
    }
}
