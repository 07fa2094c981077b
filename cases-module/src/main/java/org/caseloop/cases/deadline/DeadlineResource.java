package org.caseloop.cases.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

import org.caseloop.platform.web.api.InvalidParameterException;
import org.caseloop.platform.organisation.Roles;
import org.caseloop.platform.validation.PlainText;
import org.caseloop.platform.web.UnprocessableException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Statutory deadlines and the working-day calendar behind them, under {@code /cases/api/calendar}: every
 * signed-in user reads them, administrators edit the calendar.
 */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working calendar", description = "Statutory deadlines (CPL art. 105) and the State Council holiday schedules")
public class DeadlineResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    private DeadlineService deadlines;

    @Inject
    private WorkingCalendarService calendars;

    @GET
    @Path("deadline")
    @Operation(summary = "Compute a statutory deadline",
            description = "Counts a period in days or months from the start day, which is not counted. Outside "
                    + "custody a deadline on a non-working day moves to the next working day; in custody it does not. "
                    + "The explanation follows Accept-Language (zh or en; zh by default).")
    @APIResponse(responseCode = "200", description = "The deadline and how it was reached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeadlineResponse.class)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "422", description = "The computation reaches a year with no working-day calendar "
            + "and the caller did not ask for a provisional answer (allowProvisional=true)",
            content = @Content(mediaType = PROBLEM_JSON))
    public DeadlineResponse deadline(
            @Parameter(description = "The day the period starts from (not counted), ISO date", required = true,
                    example = "2025-09-04")
            @QueryParam("start") String start,
            @Parameter(description = "The period in ISO-8601 days or months: P7D, P10D, P15D, P20D, P1M ...",
                    required = true, example = "P1M",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^P[0-9]{1,3}[DM]$"))
            @QueryParam("period") String period,
            @Parameter(description = "Whether the suspect is in custody (在押)", required = true, example = "false",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("custody") String custody,
            @Parameter(description = "Answer a provisional deadline (counted with weekends only, marked "
                    + "\"provisional\": true with the reason) when the count reaches a year whose holiday schedule "
                    + "is not entered yet, instead of 422", example = "false",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("allowProvisional") String allowProvisional,
            @Context HttpHeaders headers) {
        LocalDate from = parseStart(start);
        LegalPeriod length = parsePeriod(period);
        boolean inCustody = parseCustody(custody);
        Deadline deadline = parseBoolean("allowProvisional", allowProvisional, false)
                ? deadlines.compute(from, length, inCustody)
                : deadlines.computeFinal(from, length, inCustody);
        return DeadlineResponse.of(deadline, explanationLocale(headers));
    }

    @GET
    @Path("years")
    @Operation(summary = "List the years of the working-day calendar",
            description = "Each year with its source notice and its counts of days off and make-up working days.")
    @APIResponse(responseCode = "200", description = "The years entered, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CalendarYearSummary.class)))
    public List<CalendarYearSummary> years() {
        return calendars.years();
    }

    @GET
    @Path("years/{year}")
    @Operation(summary = "List the days of one calendar year",
            description = "Every day off and make-up working day the year's notice names, in date order.")
    @APIResponse(responseCode = "200", description = "The year and its days",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CalendarYearDetail.class)))
    @APIResponse(responseCode = "404", description = "The year has not been entered",
            content = @Content(mediaType = PROBLEM_JSON))
    public CalendarYearDetail year(
            @Parameter(description = "The calendar year", required = true, example = "2026")
            @PathParam("year") int year) {
        return calendars.year(year).orElseThrow(() -> new NotFoundException("No working-day calendar for " + year));
    }

    /** A year to add to the calendar and the State Council notice its days will be taken from. */
    public record NewCalendarYear(
            @Schema(description = "The calendar year, 2000 to 2100", example = "2027") Integer year,
            @Schema(description = "The holiday notice, at most 200 characters",
                    example = "国务院办公厅关于2027年部分节假日安排的通知") @PlainText(max = 200) String source) {
    }

    /** What the notice makes of one date. */
    public record CalendarDayChange(
            @Schema(description = "HOLIDAY (a day off) or WORKDAY (a weekend day worked, 调休上班)", example = "HOLIDAY")
            CalendarDayType type,
            @Schema(description = "The holiday it belongs to, at most 60 characters", example = "劳动节")
            @PlainText(max = 60) String name) {
    }

    @POST
    @Path("years")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a year to the working-day calendar",
            description = "The year starts without days: until its first holiday or make-up working day is entered, "
                    + "deadlines reaching it are refused as in a year with no calendar. Administrators only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewCalendarYear.class),
            examples = @ExampleObject(name = "2027",
                    value = "{\"year\":2027,\"source\":\"国务院办公厅关于2027年部分节假日安排的通知\"}")))
    @APIResponse(responseCode = "201", description = "The year added, still without days",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CalendarYearDetail.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an administrator",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "409", description = "The year is already in the calendar",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "422", description = "The year is missing or outside 2000-2100, or the source is blank",
            content = @Content(mediaType = PROBLEM_JSON))
    public Response addYear(@Valid NewCalendarYear request, @Context UriInfo uri) {
        if (request == null || request.year() == null) {
            throw new UnprocessableException("The calendar year cannot be added", List.of("year: is required"));
        }
        int year = request.year();
        calendars.addYear(year, request.source());
        return Response.created(uri.getBaseUriBuilder().path(DeadlineResource.class).path("years/{year}").build(year))
                .entity(calendars.year(year).orElseThrow())
                .build();
    }

    /** A State Council holiday notice pasted as published, for the year it is for. */
    public record PastedNotice(
            @Schema(description = "The calendar year the notice is for", example = "2026") Integer year,
            @Schema(description = "The notice's text as published, whole or only its sections",
                    example = "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。")
            @PlainText(max = WorkingCalendarService.NOTICE_MAX_LENGTH, multiline = true) String text,
            @Schema(description = "Replace the days already entered for the year (default false: 409 if it has any)")
            Boolean replace) {
    }

    @POST
    @Path("notices/preview")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a State Council holiday notice without saving it",
            description = "Parses the pasted notice into days off and make-up working days, checking the weekdays "
                    + "and day counts it states, and answers what would be entered. Nothing is saved. Text that cannot "
                    + "be read completely is refused with the first line that could not be read. Administrators only.")
    @APIResponse(responseCode = "200", description = "The days the notice names",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HolidayNoticeParser.ParsedNotice.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an administrator",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "422", description = "The year is missing or out of range, or a line of the text "
            + "cannot be read (named in the answer)", content = @Content(mediaType = PROBLEM_JSON))
    public HolidayNoticeParser.ParsedNotice previewNotice(@Valid PastedNotice request) {
        return calendars.readNotice(requireYear(request), request.text());
    }

    @POST
    @Path("notices")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter a year from a State Council holiday notice",
            description = "Parses the notice as the preview does and saves the whole year at once: added when new, "
                    + "its days replaced when replace is true. Open cases whose deadlines the year moves, and those "
                    + "with deadlines provisional for want of it, are then counted again by themselves, in chunks, "
                    + "each change written to the case history. Administrators only.")
    @APIResponse(responseCode = "201", description = "The year as now entered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CalendarYearDetail.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an administrator",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "409", description = "The year already has days and replace is not true",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "422", description = "The year is missing or out of range, or a line of the text "
            + "cannot be read (named in the answer)", content = @Content(mediaType = PROBLEM_JSON))
    public Response enterNotice(@Valid PastedNotice request, @Context UriInfo uri) {
        int year = requireYear(request);
        calendars.enterNotice(year, request.text(), Boolean.TRUE.equals(request.replace()));
        return Response.created(uri.getBaseUriBuilder().path(DeadlineResource.class).path("years/{year}").build(year))
                .entity(calendars.year(year).orElseThrow())
                .build();
    }

    private static int requireYear(PastedNotice request) {
        if (request == null || request.year() == null) {
            throw new UnprocessableException("The holiday notice cannot be entered", List.of("year: is required"));
        }
        return request.year();
    }

    @PUT
    @Path("days/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a day off or a make-up working day",
            description = "Records the date, or changes what is recorded for it. The date's year must be in the "
                    + "calendar; a make-up working day falls on a Saturday or Sunday. Administrators only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarDayChange.class),
            examples = {
                    @ExampleObject(name = "day off", value = "{\"type\":\"HOLIDAY\",\"name\":\"劳动节\"}"),
                    @ExampleObject(name = "make-up working day",
                            value = "{\"type\":\"WORKDAY\",\"name\":\"劳动节调休上班\"}")}))
    @APIResponse(responseCode = "200", description = "The day as now recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CalendarDayView.class)))
    @APIResponse(responseCode = "400", description = "The date is not a date as YYYY-MM-DD",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "403", description = "The caller is not an administrator",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "422", description = "The year is not in the calendar, the type is missing, the name is "
            + "blank, or a make-up working day falls on a weekday", content = @Content(mediaType = PROBLEM_JSON))
    public CalendarDayView setDay(
            @Parameter(description = "The date, ISO", required = true, example = "2026-05-01")
            @PathParam("date") String date,
            @Valid CalendarDayChange request) {
        LocalDate day = parseDate("date", date);
        calendars.setDay(day, request == null ? null : request.type(), request == null ? null : request.name());
        return new CalendarDayView(day, request.type(), CalendarEdits.clean(request.name()));
    }

    @DELETE
    @Path("days/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a recorded day",
            description = "The date then follows the week again: a weekday works, a weekend day is off. "
                    + "Administrators only.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "The date is not a date as YYYY-MM-DD",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "403", description = "The caller is not an administrator",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = "Nothing is recorded for the date",
            content = @Content(mediaType = PROBLEM_JSON))
    public Response removeDay(
            @Parameter(description = "The date, ISO", required = true, example = "2026-05-01")
            @PathParam("date") String date) {
        calendars.removeDay(parseDate("date", date));
        return Response.noContent().build();
    }

    private static LocalDate parseDate(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(name, "api.param.required", name);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "api.param.date", name);
        }
    }

    private static LocalDate parseStart(String start) {
        return parseDate("start", start);
    }

    private static LegalPeriod parsePeriod(String period) {
        if (period == null || period.isBlank()) {
            throw new InvalidParameterException("period", "api.param.required", "period");
        }
        try {
            return LegalPeriod.parse(period.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("period", "api.param.period", "period");
        }
    }

    private static boolean parseBoolean(String name, String value, boolean absent) {
        if (value == null) {
            return absent;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean(value);
        }
        throw new InvalidParameterException(name, "api.param.boolean");
    }

    // Custody decides whether holidays extend the period, so it is never assumed.
    private static boolean parseCustody(String custody) {
        if (custody == null) {
            throw new InvalidParameterException("custody", "api.param.required", "custody");
        }
        return parseBoolean("custody", custody, false);
    }

    /** The first of the caller's preferred languages that we have texts in; Chinese when none is. */
    private static Locale explanationLocale(HttpHeaders headers) {
        for (Locale preferred : headers.getAcceptableLanguages()) {
            if (preferred.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
                return Locale.ENGLISH;
            }
            if (preferred.getLanguage().equals(Locale.CHINESE.getLanguage())) {
                return Locale.CHINESE;
            }
        }
        return Locale.CHINESE;
    }
}
