package org.caseloop.it.platform;

import jakarta.json.JsonObject;
import org.caseloop.it.Api;
import org.caseloop.it.Browser;
import org.caseloop.it.Deployments;
import org.caseloop.it.Fixtures;
import org.caseloop.it.cases.CaseFixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inputs a fuzzing run found silently stored as something else or answered with 500: each is now refused with a
 * problem in the caller's language, and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }


    /** The submission with one field's JSON text replaced, e.g. {@code "majorComplex":1}. */
    private static String withField(CaseFixtures f, String field, String json) {
        JsonObject submission = f.simpleSubmission(Fixtures.unique("BI-")).build();
        String text = submission.toString();
        String value = submission.get(field).toString();
        return text.replace("\"" + field + "\":" + value, "\"" + field + "\":" + json);
    }

    private static Api handlerOf(CaseFixtures f, JsonObject card) {
        return f.handlerOf(card).api();
    }

    @Test
    void coercedOrOverflowingNumbersAndBooleansAreRefusedNotStored() {
        CaseFixtures f = CaseFixtures.create();
        Api office = f.caseOffice().api();
        JsonObject overflow = Api.problem(office.post("/cases/api/cases",
                withField(f, "possibleSentenceMonths", "-2147483649")), 400);
        assertTrue(overflow.getString("detail").contains("possibleSentenceMonths"), overflow.toString());
        Api.problem(office.post("/cases/api/cases", withField(f, "majorComplex", "1")), 400);
        Api.problem(office.post("/cases/api/cases", withField(f, "guiltyPlea", "\"yes\"")), 400);
        assertEquals(0, Api.json(office.get("/cases/api/cases?limit=1")).getJsonNumber("total").longValue());
    }

    @Test
    void aFractionalOrNullCaseIdIsRefusedNotTruncated() {
        CaseFixtures f = CaseFixtures.create();
        Api handler = f.teamHandlerA().api();
        Api.problem(handler.post("/cases/api/batches", "{\"step\":\"NOTIFY_RIGHTS\",\"caseIds\":[1.5]}"), 400);
        Api.problem(handler.post("/cases/api/batches", "{\"step\":\"NOTIFY_RIGHTS\",\"caseIds\":[null]}"), 400);
    }

    @Test
    void anActiveFlagThatIsNotABooleanLeavesTheUserActive() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff staff = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        for (String active : new String[] {"\"yes\"", "1", "0", "\"false\""}) {
            Api.problem(org.admin().put("/admin/api/staff/" + staff.id(), "{\"displayName\":\"测试\",\"roles\":[\"HANDLER\"],"
                    + "\"departmentId\":" + org.cityFirstDepartment() + ",\"active\":" + active + "}"), 400);
        }
        assertTrue(Api.json(org.admin().get("/admin/api/staff/" + staff.id())).getBoolean("active"));
        JsonObject tooLong = Api.problem(org.admin().put("/admin/api/staff/" + staff.id(), "{\"displayName\":\""
                + "长".repeat(101) + "\",\"roles\":[\"HANDLER\"],\"departmentId\":" + org.cityFirstDepartment() + "}"), 422);
        assertTrue(tooLong.getJsonArray("violations").toString().contains("displayName"), tooLong.toString());
    }

    @Test
    void nullsInListsAre400() {
        Fixtures.Org org = Fixtures.organisation();
        Api.problem(org.admin().post("/admin/api/staff", "{\"username\":\"" + Fixtures.unique("n") + "\",\"displayName\":"
                + "\"某\",\"procuratorateId\":" + org.cityId() + ",\"roles\":[null],\"initialPassword\":\"Good#Passw0rd\"}"),
                400);
        Api.problem(org.admin().post("/admin/api/organisation/departments/" + org.cityFirstDepartment() + "/teams",
                "{\"name\":\"某组\",\"fastTrial\":true,\"businessTypes\":[null]}"), 400);
    }

    @Test
    void receivedDatesOutsideTheCaseRangeAre422() {
        CaseFixtures f = CaseFixtures.create();
        Api office = f.caseOffice().api();
        for (String date : new String[] {"0000-01-01", "1999-12-31", "2099-01-01"}) {
            JsonObject p = Api.problem(office.post("/cases/api/cases", withField(f, "receivedDate", "\"" + date + "\"")), 422);
            assertTrue(p.getJsonArray("violations").toString().contains("receivedDate"), p.toString());
        }
    }

    @Test
    void controlCharactersAndOverLongTextsAre422() {
        CaseFixtures f = CaseFixtures.create();
        Api office = f.caseOffice().api();
        Api.problem(office.post("/cases/api/cases", withField(f, "summary", "\"醉驾\\u0000\\u001b[31m\"")), 422);
        Api.problem(office.post("/cases/api/cases", withField(f, "agencyName", "\"某\\n局\"")), 422);
        Fixtures.Org org = f.org();
        JsonObject p = Api.problem(org.admin().post("/admin/api/staff", "{\"username\":\"" + Fixtures.unique("l")
                + "\",\"displayName\":\"" + "长".repeat(101) + "\",\"procuratorateId\":" + org.cityId()
                + ",\"roles\":[\"HANDLER\"],\"initialPassword\":\"Good#Passw0rd\"}"), 422);
        assertTrue(p.getJsonArray("violations").toString().contains("displayName"), p.toString());
    }

    @Test
    void aSupplementaryReturnDatedInTheFutureIsRefusedAndTheCaseStaysUnderReview() {
        CaseFixtures f = CaseFixtures.create();
        JsonObject card = f.register(f.simpleSubmission(Fixtures.unique("BF-")));
        long id = card.getJsonNumber("id").longValue();
        Api handler = handlerOf(f, card);
        assertEquals(200, CaseFixtures.change(handler, id, "/transitions", "{\"to\":\"UNDER_REVIEW\"}").statusCode());
        Api.problem(CaseFixtures.change(handler, id, "/supplementary-returns",
                "{\"returnedOn\":\"2099-01-01\",\"reason\":\"补充鉴定\"}"), 422);
        assertEquals("UNDER_REVIEW", Api.json(handler.get("/cases/api/cases/" + id)).getString("stage"));
    }

    @Test
    void aBlankLabelIs400() {
        CaseFixtures f = CaseFixtures.create();
        JsonObject card = f.register(f.simpleSubmission(Fixtures.unique("BL-")));
        Api.problem(f.caseOffice().api().put("/cases/api/cases/" + card.getJsonNumber("id") + "/labels/%20", ""), 400);
    }

    @Test
    void listingByLabelAndInProgressAnswersForEveryRole() {
        CaseFixtures f = CaseFixtures.create();
        f.register(f.simpleSubmission(Fixtures.unique("BS-")));
        for (Fixtures.Staff s : new Fixtures.Staff[] {f.caseOffice(), f.teamHandlerA(), f.firstDirector(), f.chief()}) {
            HttpResponse<String> r = s.api().get("/cases/api/cases?label=SIMPLE&inProgress=true");
            assertEquals(200, r.statusCode(), r.body());
            HttpResponse<String> closed = s.api().get("/cases/api/cases?label=SIMPLE&inProgress=false");
            assertEquals(0, Api.json(closed).getJsonNumber("total").longValue(), closed.body());
        }
        assertEquals(1, Api.json(f.caseOffice().api().get("/cases/api/cases?label=SIMPLE&inProgress=true"))
                .getJsonNumber("total").longValue());
        Api.problem(f.caseOffice().api().get("/cases/api/cases?inProgress=yes"), 400);
    }

    @Test
    void aControlCharacterInAQueryParameterIs400() {
        CaseFixtures f = CaseFixtures.create();
        Api.problem(f.caseOffice().api().get("/cases/api/charges?q=%00"), 400);
        Api.problem(f.caseOffice().api().get("/cases/api/charges?q=%1B%5B31m"), 400);
    }

    @Test
    void aStandardNestedAThousandDeepIs400() {
        CaseFixtures f = CaseFixtures.create();
        String deep = "{\"note\":\"x\",\"standard\":" + "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000) + "}";
        Api.problem(f.caseOffice().api().post("/cases/api/classification-standards", deep), 400);
    }

    @Test
    void theProblemIsInTheCallersLanguage() {
        CaseFixtures f = CaseFixtures.create();
        String body = withField(f, "majorComplex", "1");
        String token = Base64.getEncoder().encodeToString((f.caseOffice().username() + ":" + Fixtures.STAFF_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String zh = detail(token, "zh-CN", body);
        String en = detail(token, "en", body);
        assertTrue(zh.contains("必须是 true 或 false"), zh);
        assertTrue(en.contains("must be true or false"), en);
    }

    private static String detail(String token, String language, String body) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(Api.BASE + "/cases/api/cases")).header("Authorization", "Basic " + token)
                    .header("Content-Type", "application/json").header("Accept-Language", language)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return Api.problem(r, 400).getString("detail");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFormPostedWithAnUnknownViewStateShowsTheExpiredPage() {
        Browser browser = new Browser();
        HttpResponse<String> r = browser.submit("/login.xhtml", "login", "login:submit",
                Map.of("jakarta.faces.ViewState", "no-such-view-state", "login:username", "x", "login:password", "y"));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("页面已过期"), r.body());
    }
}
