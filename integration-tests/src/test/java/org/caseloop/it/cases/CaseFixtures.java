package org.caseloop.it.cases;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.caseloop.it.Api;
import org.caseloop.it.Fixtures;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A procuratorate ready for case flow, made fresh by each test: a fast-trial team in 第一检察部 (D01) taking
 * arrest and prosecution reviews with two handlers, two ordinary handlers in 第二检察部 (D02, where complex
 * prosecution reviews go by default), a case office, the two directors and a chief, plus a district office
 * with a handler of its own.
 */
public record CaseFixtures(Fixtures.Org org, long fastTrialTeam, Fixtures.Staff caseOffice, Fixtures.Staff teamHandlerA,
                           Fixtures.Staff teamHandlerB, Fixtures.Staff ordinaryHandlerA, Fixtures.Staff ordinaryHandlerB,
                           Fixtures.Staff firstDirector, Fixtures.Staff secondDirector, Fixtures.Staff chief,
                           Fixtures.Staff districtHandler) {

    /**
     * The day the fixtures' cases were received: fixed, in a year whose calendar ships, and before any day the suite
     * may run on (2026 to 2030), so that no answer depends on the day the tests run.
     */
    public static final LocalDate RECEIVED = LocalDate.of(2025, 11, 3);

    /** The day the fixtures' suspects were taken into custody or released on bail. */
    public static final LocalDate CUSTODY_SINCE = LocalDate.of(2025, 10, 15);

    public static CaseFixtures create() {
        Fixtures.Org org = Fixtures.organisation();
        long team = Fixtures.team(org.admin(), org.cityFirstDepartment(), "快审一组", true, "ARREST_REVIEW",
                "PROSECUTION_REVIEW");
        return new CaseFixtures(org, team,
                Fixtures.staff(org.cityId(), null, null, "CASE_OFFICE"),
                Fixtures.staff(org.cityId(), org.cityFirstDepartment(), team, "HANDLER"),
                Fixtures.staff(org.cityId(), org.cityFirstDepartment(), team, "HANDLER"),
                Fixtures.staff(org.cityId(), org.citySecondDepartment(), null, "HANDLER"),
                Fixtures.staff(org.cityId(), org.citySecondDepartment(), null, "HANDLER"),
                Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "DIRECTOR"),
                Fixtures.staff(org.cityId(), org.citySecondDepartment(), null, "DIRECTOR"),
                Fixtures.staff(org.cityId(), null, null, "CHIEF"),
                Fixtures.staff(org.districtId(), org.districtFirstDepartment(), null, "HANDLER"));
    }

    /** The code of a charge in the shipped catalogue, by its exact name. */
    public static String chargeCode(Api api, String name) {
        HttpResponse<String> r = api.get("/cases/api/charges?limit=20&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        return Api.json(r).getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow().getString("code");
    }

    /** A drunk-driving case under the expedited procedure with a guilty plea: simple by the default standard. */
    public JsonObjectBuilder simpleSubmission(String reference) {
        return Json.createObjectBuilder()
                .add("businessType", "PROSECUTION_REVIEW")
                .add("agencyName", "测试市公安局交通警察支队")
                .add("agencyReference", reference)
                .add("receivedDate", RECEIVED.toString())
                .add("procedure", "EXPEDITED")
                .add("guiltyPlea", true)
                .add("possibleSentenceMonths", 4)
                .add("sensitive", false)
                .add("supervisoryTransfer", false)
                .add("majorComplex", false)
                .add("summary", "醉酒驾驶机动车，血液酒精含量150mg/100ml")
                .add("suspects", Json.createArrayBuilder().add(suspect("张某", 35, "BAIL")))
                .add("chargeCodes", Json.createArrayBuilder().add(chargeCode(caseOffice.api(), "危险驾驶罪")));
    }

    /** An intentional injury by three suspects under the ordinary procedure: complex. */
    public JsonObjectBuilder complexSubmission(String reference) {
        JsonArrayBuilder suspects = Json.createArrayBuilder().add(suspect("李某", 28, "DETAINED"))
                .add(suspect("王某", 31, "DETAINED")).add(suspect("赵某", 17, "BAIL"));
        return Json.createObjectBuilder()
                .add("businessType", "PROSECUTION_REVIEW")
                .add("agencyName", "测试市公安局刑事侦查支队")
                .add("agencyReference", reference)
                .add("receivedDate", RECEIVED.toString())
                .add("procedure", "ORDINARY")
                .add("guiltyPlea", false)
                .add("possibleSentenceMonths", 120)
                .add("sensitive", false)
                .add("supervisoryTransfer", false)
                .add("majorComplex", true)
                .add("suspects", suspects)
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "钱某")))
                .add("chargeCodes", Json.createArrayBuilder().add(chargeCode(caseOffice.api(), "故意伤害罪")));
    }

    static JsonObjectBuilder suspect(String name, int age, String custody) {
        JsonObjectBuilder s = Json.createObjectBuilder().add("name", name).add("ageAtOffence", age)
                .add("custodyStatus", custody).add("idNumber", "37100219900101123" + (age % 10));
        if (!"NONE".equals(custody)) {
            s.add("custodySince", CUSTODY_SINCE.toString());
        }
        return s;
    }

    /** The handler the case was given to, among the fixtures' handlers. */
    public Fixtures.Staff handlerOf(JsonObject card) {
        long handler = card.getJsonObject("assignment").getJsonNumber("handlerId").longValue();
        for (Fixtures.Staff s : new Fixtures.Staff[] {teamHandlerA, teamHandlerB, ordinaryHandlerA, ordinaryHandlerB}) {
            if (s.id() == handler) {
                return s;
            }
        }
        throw new IllegalStateException("unknown handler " + handler);
    }

    /** Registers a case and returns its card (201 expected). */
    public JsonObject register(JsonObjectBuilder submission) {
        return Fixtures.created(caseOffice.api().post("/cases/api/cases", submission.build().toString()));
    }

    /** A change of a case as a client makes it: reads the card's version (ETag), then posts with If-Match. */
    public static HttpResponse<String> change(Api api, long caseId, String action, String json) {
        HttpResponse<String> card = api.get("/cases/api/cases/" + caseId);
        String etag = card.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException(
                "No ETag on case " + caseId + ": " + card.statusCode() + " " + card.body()));
        return api.post("/cases/api/cases/" + caseId + action, json, etag);
    }
}
