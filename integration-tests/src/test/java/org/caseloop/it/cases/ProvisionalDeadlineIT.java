package org.caseloop.it.cases;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.caseloop.it.Api;
import org.caseloop.it.Deployments;
import org.caseloop.it.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year end (legal-rules §1): a case whose deadline falls in a year whose holiday schedule is not entered is
 * taken in with a provisional deadline, flagged everywhere, and counted again by itself when an administrator pastes
 * the State Council notice. Uses 2023, which the shipped calendar lacks and no other test enters, with cases received
 * then, so nothing depends on the day the tests run.
 */
@ExtendWith(ArquillianExtension.class)
class ProvisionalDeadlineIT {

    private static final int YEAR = 2023;

    /** The 2023 notice's sections, as published. */
    private static final String NOTICE_2023 = """
            一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。
            二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。
            三、清明节：4月5日放假，共1天。
            四、劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。
            五、端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班。
            六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @Test
    void aDeadlineInAYearNotEnteredIsProvisionalAndRecomputedOnceTheNoticeIsEntered() throws InterruptedException {
        CaseFixtures f = CaseFixtures.create();
        Api admin = Fixtures.staff(f.org().cityId(), null, null, "ADMIN").api();
        forgetTheYear(admin);

        // Received 2023-09-20 on bail, expedited: ten days to Saturday 2023-09-30. With weekends only: Monday 10-02.
        JsonObject card = f.register(f.simpleSubmission(Fixtures.unique("PV")).add("receivedDate", YEAR + "-09-20")
                .add("suspects", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "孙某")
                        .add("ageAtOffence", 40).add("custodyStatus", "BAIL").add("custodySince", YEAR + "-09-01")
                        .add("idNumber", "371002198301011230"))));
        long id = card.getJsonNumber("id").longValue();
        JsonObject deadline = card.getJsonObject("deadline");
        assertEquals(YEAR + "-10-02", deadline.getString("deadline"), deadline.toString());
        assertTrue(deadline.getBoolean("provisional"));
        assertEquals(YEAR, deadline.getInt("provisionalYear"));
        assertTrue(deadline.getString("provisionalReason").contains(String.valueOf(YEAR)), deadline.toString());
        assertTrue(deadline.getString("explanationZh").contains("暂定"), deadline.toString());

        Api handler = f.handlerOf(card).api();
        // A case of the same team whose deadline falls in an entered year: final, and left out by the filter.
        JsonObject finalCard = f.register(f.simpleSubmission(Fixtures.unique("PF")));
        assertFalse(finalCard.getJsonObject("deadline").getBoolean("provisional"), finalCard.toString());
        Api finalHandler = f.handlerOf(finalCard).api();
        JsonObject finalItem = item(finalHandler.get("/cases/api/dashboard?limit=100"), finalCard);
        assertFalse(finalItem.getBoolean("provisional"), finalItem.toString());
        HttpResponse<String> filtered = handler.get("/cases/api/dashboard?provisional=true&limit=100");
        assertTrue(item(filtered, card).getBoolean("provisional"), filtered.body());
        assertTrue(Api.json(filtered).getJsonArray("items").stream()
                .allMatch(i -> i.asJsonObject().getBoolean("provisional")), filtered.body());
        String list = f.caseOffice().api().get("/cases/api/cases?inProgress=true&limit=100").body();
        assertTrue(list.contains("\"deadlineProvisional\":true"), list);
        JsonObject figures = Api.json(f.chief().api().get("/cases/api/statistics?from=" + YEAR + "-01-01&to=" + YEAR
                + "-12-31")).getJsonObject("total");
        assertEquals(1, figures.getInt("provisional"), figures.toString());

        // The integrator's calculator: a clear 422 unless a provisional answer is asked for.
        String query = "/cases/api/calendar/deadline?start=" + YEAR + "-09-20&period=P10D&custody=false";
        assertEquals(422, handler.get(query).statusCode());
        JsonObject provisional = Api.json(handler.get(query + "&allowProvisional=true"));
        assertTrue(provisional.getBoolean("provisional"));
        assertEquals(YEAR + "-10-02", provisional.getString("deadline"));
        assertEquals(400, handler.get(query + "&allowProvisional=yes").statusCode());

        // The administrator reads the notice, then saves it; only then is the year there.
        JsonObject preview = Api.json(admin.post("/cases/api/calendar/notices/preview", notice(NOTICE_2023, false)));
        assertEquals(33, preview.getJsonArray("days").size(), preview.toString());
        assertEquals((YEAR - 1) + "-12-31", preview.getJsonArray("outsideYear").getString(0));
        assertEquals(404, admin.get("/cases/api/calendar/years/" + YEAR).statusCode());
        HttpResponse<String> entered = admin.post("/cases/api/calendar/notices", notice(NOTICE_2023, false));
        assertEquals(201, entered.statusCode(), entered.body());
        assertEquals(409, admin.post("/cases/api/calendar/notices", notice(NOTICE_2023, false)).statusCode());

        // 2023-09-30 to 10-06 are days off and Saturday 10-07 is worked: the deadline moves there by itself.
        JsonObject recounted = awaitFinal(f.caseOffice().api(), id);
        assertEquals(YEAR + "-10-07", recounted.getJsonObject("deadline").getString("deadline"));
        JsonObject d = recounted.getJsonObject("deadline");
        assertTrue(!d.containsKey("provisionalReason") || d.isNull("provisionalReason"), d.toString());
        String history = recounted.getJsonArray("history").toString();
        assertTrue(history.contains("DEADLINE_RECOMPUTED") && history.contains(YEAR + "-10-02 → " + YEAR + "-10-07"),
                history);
        // The request behind the recount is closed, audited, once every server's calendar has caught up with it.
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String audit = Fixtures.auditor().get("/admin/api/audit?action=DEADLINES_RECOMPUTED&objectId=" + YEAR).body();
        while (!audit.contains("WorkingCalendarYear") && System.nanoTime() < until) {
            Thread.sleep(1000);
            audit = Fixtures.auditor().get("/admin/api/audit?action=DEADLINES_RECOMPUTED&objectId=" + YEAR).body();
        }
        assertTrue(audit.contains("WorkingCalendarYear"), audit);
    }

    @Test
    void aNoticeThatCannotBeReadIsRefusedWithTheLineInTheCallersLanguage() {
        Fixtures.Org org = Fixtures.organisation();
        Api admin = Fixtures.staff(org.cityId(), null, null, "ADMIN").api();
        String text = "一、元旦：1月1日（周五）放假1天。\n另行通知\n";
        HttpResponse<String> refused = admin.post("/cases/api/calendar/notices/preview", noticeFor(2027, text));
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("line 2") && refused.body().contains("另行通知"), refused.body());
        // 2027-01-01 is a Friday: the same section under 2028 names the wrong weekday.
        HttpResponse<String> wrongYear = admin.post("/cases/api/calendar/notices",
                noticeFor(2028, "一、元旦：1月1日（周五）放假1天。"));
        assertEquals(422, wrongYear.statusCode(), wrongYear.body());
        assertEquals(404, admin.get("/cases/api/calendar/years/2028").statusCode());
        Fixtures.Staff handler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        assertEquals(403, handler.api().post("/cases/api/calendar/notices/preview", noticeFor(2027, text)).statusCode());
    }

    private static JsonObject item(HttpResponse<String> dashboard, JsonObject card) {
        long id = card.getJsonNumber("id").longValue();
        return Api.json(dashboard).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("case " + id + " is not on the dashboard: " + dashboard.body()));
    }

    /** Leaves the test year without days, as on a fresh database, so the test also runs twice on one. */
    private static void forgetTheYear(Api admin) {
        HttpResponse<String> year = admin.get("/cases/api/calendar/years/" + YEAR);
        if (year.statusCode() == 200) {
            Api.json(year).getJsonArray("days").forEach(d -> admin.delete("/cases/api/calendar/days/"
                    + d.asJsonObject().getString("date")));
        }
    }

    private static JsonObject awaitFinal(Api api, long id) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonObject card = Api.json(api.get("/cases/api/cases/" + id));
        while (card.getJsonObject("deadline").getBoolean("provisional") && System.nanoTime() < until) {
            Thread.sleep(1000);
            card = Api.json(api.get("/cases/api/cases/" + id));
        }
        assertFalse(card.getJsonObject("deadline").getBoolean("provisional"), card.toString());
        return card;
    }

    private static String notice(String text, boolean replace) {
        return Json.createObjectBuilder().add("year", YEAR).add("text", text).add("replace", replace).build().toString();
    }

    private static String noticeFor(int year, String text) {
        return Json.createObjectBuilder().add("year", year).add("text", text).build().toString();
    }
}
