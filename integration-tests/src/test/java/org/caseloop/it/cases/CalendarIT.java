package org.caseloop.it.cases;

import jakarta.json.Json;
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

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator maintains the working-day calendar over REST, and deadlines follow at once. Works in
 * 2099, a year nothing else uses (2027 stays missing for the other tests).
 */
@ExtendWith(ArquillianExtension.class)
class CalendarIT {

    private static final int YEAR = 2099;
    private static final String SOURCE = "国务院办公厅关于2099年部分节假日安排的通知";

    private static Api admin;
    private static Api handler;
    private static JsonObject yearBeforeDays;
    private static HttpResponse<String> deadlineBeforeDays;

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @BeforeAll
    static void enterTheYear() {
        Fixtures.Org org = Fixtures.organisation();
        admin = Fixtures.staff(org.cityId(), null, null, "ADMIN").api();
        handler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER").api();

        HttpResponse<String> added = admin.post("/cases/api/calendar/years", year(YEAR, SOURCE));
        assertEquals(201, added.statusCode(), added.body());
        yearBeforeDays = Api.json(added);
        deadlineBeforeDays = handler.get(deadline("2099-03-01", "P7D", false));

        // Labour Day on a Friday, and the Saturday after the holiday worked in exchange.
        assertEquals(200, admin.put(dayPath("2099-05-01"), day("HOLIDAY", "劳动节")).statusCode());
        assertEquals(200, admin.put(dayPath("2099-05-09"), day("WORKDAY", "劳动节调休上班")).statusCode());
    }

    @Test
    void theYearStartsWithoutDaysAndCountsAsMissingUntilOneIsEntered() {
        assertEquals(YEAR, yearBeforeDays.getInt("year"));
        assertEquals(SOURCE, yearBeforeDays.getString("source"));
        assertTrue(yearBeforeDays.getJsonArray("days").isEmpty());
        assertEquals(422, deadlineBeforeDays.statusCode(), deadlineBeforeDays.body());
        assertTrue(Api.json(deadlineBeforeDays).getString("detail").contains("2099"));
    }

    @Test
    void aHolidayOnAWeekdayMovesADeadlineOutsideCustody() {
        JsonObject free = Api.json(handler.get(deadline("2099-04-24", "P7D", false)));
        assertEquals("2099-05-01", free.getString("nominalEnd"));
        assertEquals("2099-05-04", free.getString("deadline"), "Friday off, then the weekend");
        assertTrue(free.getBoolean("shifted"));

        JsonObject custody = Api.json(handler.get(deadline("2099-04-24", "P7D", true)));
        assertEquals("2099-05-01", custody.getString("deadline"));
        assertFalse(custody.getBoolean("shifted"));
    }

    @Test
    void aMakeUpWorkdayOnASaturdayIsNotMoved() {
        JsonObject worked = Api.json(handler.get(deadline("2099-05-02", "P7D", false)));
        assertEquals("2099-05-09", worked.getString("deadline"));
        assertFalse(worked.getBoolean("shifted"));

        // The next Saturday was not named by the notice: it is off as usual.
        JsonObject ordinary = Api.json(handler.get(deadline("2099-05-09", "P7D", false)));
        assertEquals("2099-05-18", ordinary.getString("deadline"));
        assertTrue(ordinary.getBoolean("shifted"));
    }

    @Test
    void aRemovedDayFollowsTheWeekAgain() {
        assertEquals(200, admin.put(dayPath("2099-03-04"), day("HOLIDAY", "测试假日")).statusCode());
        assertEquals("2099-03-05", Api.json(handler.get(deadline("2099-02-25", "P7D", false))).getString("deadline"));

        HttpResponse<String> removed = admin.delete(dayPath("2099-03-04"));
        assertEquals(204, removed.statusCode(), removed.body());
        assertEquals("2099-03-04", Api.json(handler.get(deadline("2099-02-25", "P7D", false))).getString("deadline"));

        HttpResponse<String> again = admin.delete(dayPath("2099-03-04"));
        assertEquals(404, again.statusCode(), again.body());
    }

    @Test
    void aDayCanBeChangedAndTheYearListsIt() {
        HttpResponse<String> changed = admin.put(dayPath("2099-05-01"), day("HOLIDAY", "劳动节"));
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject view = Api.json(changed);
        assertEquals("2099-05-01", view.getString("date"));
        assertEquals("HOLIDAY", view.getString("type"));

        JsonObject year = Api.json(handler.get("/cases/api/calendar/years/2099"));
        assertTrue(year.getJsonArray("days").stream()
                .map(JsonObject.class::cast)
                .anyMatch(d -> d.getString("date").equals("2099-05-09") && d.getString("type").equals("WORKDAY")));
        assertTrue(handler.get("/cases/api/calendar/years").body().contains("\"year\":2099"));
    }

    @Test
    void onlyAdministratorsEdit() {
        assertEquals(403, handler.post("/cases/api/calendar/years", year(2097, "通知")).statusCode());
        assertEquals(403, handler.put(dayPath("2099-06-01"), day("HOLIDAY", "节日")).statusCode());
        assertEquals(403, handler.delete(dayPath("2099-05-01")).statusCode());
        assertEquals("2099-05-04", Api.json(handler.get(deadline("2099-04-24", "P7D", false))).getString("deadline"));
    }

    @Test
    void aYearIsAddedOnceAndOnlyWithinRange() {
        HttpResponse<String> twice = admin.post("/cases/api/calendar/years", year(YEAR, SOURCE));
        assertEquals(409, twice.statusCode(), twice.body());
        HttpResponse<String> tooEarly = admin.post("/cases/api/calendar/years", year(1999, "通知"));
        assertEquals(422, tooEarly.statusCode(), tooEarly.body());
        assertEquals(422, admin.post("/cases/api/calendar/years", year(2101, "通知")).statusCode());
        assertEquals(422, admin.post("/cases/api/calendar/years", year(2096, "  ")).statusCode());
        assertEquals(422, admin.post("/cases/api/calendar/years", "{\"source\":\"通知\"}").statusCode());
    }

    @Test
    void aDayInAYearNotInTheCalendarIsRefused() {
        HttpResponse<String> absent = admin.put(dayPath("2098-05-01"), day("HOLIDAY", "劳动节"));
        assertEquals(422, absent.statusCode(), absent.body());
        assertTrue(Api.json(absent).getString("detail").contains("2098"));
    }

    @Test
    void invalidDaysAreRefused() {
        assertEquals(422, admin.put(dayPath("2099-06-01"), day("HOLIDAY", " ")).statusCode(), "blank name");
        assertEquals(422, admin.put(dayPath("2099-06-01"), day("WORKDAY", "调休")).statusCode(), "make-up day on a Monday");
        assertEquals(422, admin.put(dayPath("2099-06-01"), "{\"name\":\"节日\"}").statusCode(), "no type");
    }

    @Test
    void aBadDateIs400() {
        HttpResponse<String> put = admin.put("/cases/api/calendar/days/2099-02-30", day("HOLIDAY", "节日"));
        assertEquals(400, put.statusCode(), put.body());
        assertTrue(put.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(Api.json(put).getString("detail").contains("YYYY-MM-DD"));
        assertEquals(400, admin.delete("/cases/api/calendar/days/tomorrow").statusCode());
    }

    private static String year(int year, String source) {
        return Json.createObjectBuilder().add("year", year).add("source", source).build().toString();
    }

    private static String dayPath(String date) {
        return "/cases/api/calendar/days/" + date;
    }

    private static String day(String type, String name) {
        return Json.createObjectBuilder().add("type", type).add("name", name).build().toString();
    }

    private static String deadline(String start, String period, boolean custody) {
        return "/cases/api/calendar/deadline?start=" + start + "&period=" + period + "&custody=" + custody;
    }
}
