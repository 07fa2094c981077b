package org.caseloop.it.cases;

import jakarta.json.JsonObject;
import org.caseloop.it.Api;
import org.caseloop.it.Deployments;
import org.caseloop.it.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deadline component as integrators call it, on the calendar shipped in the database. */
@ExtendWith(ArquillianExtension.class)
class DeadlineApiIT {

    private static Api handler;

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @BeforeAll
    static void signIn() {
        Fixtures.Org org = Fixtures.organisation();
        handler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER").api();
    }

    @ParameterizedTest(name = "{0} + {1}, custody {2} -> {3}")
    @CsvSource({
            "2025-04-01, P7D, true, 2025-04-08",
            "2025-09-04, P1M, false, 2025-10-09",
            "2025-09-04, P1M, true, 2025-10-04",
            "2025-02-28, P1M, false, 2025-03-31",
            "2025-01-31, P1M, true, 2025-02-28"})
    void workedExamplesOfTheLegalRules(String start, String period, boolean custody, String deadline) {
        HttpResponse<String> response = handler.get("/cases/api/calendar/deadline?start=" + start + "&period=" + period
                + "&custody=" + custody);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject answer = Api.json(response);
        assertEquals(deadline, answer.getString("deadline"));
        assertTrue(answer.getString("explanation").length() > 10);
    }

    @Test
    void invalidInputIs400() {
        assertEquals(400, handler.get("/cases/api/calendar/deadline?start=2025-13-01&period=P7D&custody=false").statusCode());
        assertEquals(400, handler.get("/cases/api/calendar/deadline?start=2025-01-01&period=P1Y&custody=false").statusCode());
        assertEquals(400, handler.get("/cases/api/calendar/deadline?period=P7D&custody=false").statusCode());
    }

    @Test
    void aYearWithoutCalendarIsAnExplicitError() {
        HttpResponse<String> response = handler.get("/cases/api/calendar/deadline?start=2027-03-01&period=P7D&custody=false");
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(Api.json(response).getString("detail").contains("2027"));
    }
}
