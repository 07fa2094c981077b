package org.caseloop.cases.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.caseloop.platform.web.api.InvalidParameterException;
import org.caseloop.platform.organisation.Roles;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.web.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code GET /cases/api/statistics} (JSON) and {@code GET /cases/api/statistics.csv} (for Excel). */
@Path("")
@RequestScoped
@Tag(name = "Statistics", description = "Fast-trial share, review days, open and overdue cases")
@RolesAllowed({Roles.HANDLER, Roles.DIRECTOR, Roles.DEPUTY_CHIEF, Roles.CHIEF, Roles.COMMITTEE, Roles.CASE_OFFICE})
public class StatisticsResource {

    static final String BUNDLE = "org.caseloop.cases.i18n.messages";

    @Inject
    Statistics statistics;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @GET
    @Path("statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Figures per procuratorate and department or team, for cases received from..to "
            + "(default: the last 12 months), within the caller's data scope")
    public StatisticsReport report(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("procuratorateId") Long procuratorateId,
                                   @QueryParam("groupBy") String groupBy) {
        LocalDate end = date("to", to, statistics.today());
        LocalDate start = date("from", from, end.minusYears(1).plusDays(1));
        if (start.isAfter(end)) {
            throw new InvalidParameterException("from", "api.param.order", "from", "to");
        }
        GroupBy grouping;
        try {
            grouping = GroupBy.parse(groupBy);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("groupBy", "api.param.enum", "groupBy", "[department, team]");
        }
        return statistics.report(currentUser.scope(), start, end, procuratorateId, grouping);
    }

    @GET
    @Path("statistics.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The same figures as CSV with a UTF-8 byte-order mark, for Excel")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("procuratorateId") Long procuratorateId, @QueryParam("groupBy") String groupBy) {
        StatisticsReport report = report(from, to, procuratorateId, groupBy);
        String body = StatisticsCsv.write(report, key -> messages.text(BUNDLE, key));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statistics-" + report.from() + "-"
                        + report.to() + ".csv\"")
                .build();
    }

    private static LocalDate date(String name, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "api.param.date", name);
        }
    }
}
