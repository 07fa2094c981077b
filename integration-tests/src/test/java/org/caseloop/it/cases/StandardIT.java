package org.caseloop.it.cases;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classification standard over REST: a new version classifies the cases registered after it, the cases before
 * keep theirs; only the case office and administrators publish; a broken draft is refused. The standard is shared by
 * the whole server, so the test publishes the original content again at the end.
 */
@ExtendWith(ArquillianExtension.class)
class StandardIT {

    private static final String STANDARDS = "/cases/api/classification-standards";
    private static final String DRUNK_DRIVING = "PR-DANGEROUS-DRIVING";

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    /**
     * Drunk driving under the summary procedure with a plea and 5 months: simple by the drunk-driving category
     * (≤ 6 months) and by no other, since the catch-all category takes expedited cases only.
     */
    private static JsonObjectBuilder fiveMonthsSummary(CaseFixtures f) {
        return f.simpleSubmission(Fixtures.unique("ST")).add("procedure", "SUMMARY").add("possibleSentenceMonths", 5);
    }

    private static String publication(String note, JsonObject standard) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("standard", standard);
        if (note != null) {
            body.add("note", note);
        }
        return body.build().toString();
    }

    /** The standard with the drunk-driving category's sentence limit changed. */
    private static JsonObject withDrunkDrivingLimit(JsonObject standard, int months) {
        JsonArrayBuilder categories = Json.createArrayBuilder();
        boolean found = false;
        for (JsonValue v : standard.getJsonArray("categories")) {
            JsonObject category = v.asJsonObject();
            if (DRUNK_DRIVING.equals(category.getString("id"))) {
                category = Json.createObjectBuilder(category).add("maxSentenceMonths", months).build();
                found = true;
            }
            categories.add(category);
        }
        assertTrue(found, "the active standard has the drunk-driving category");
        return Json.createObjectBuilder(standard).add("categories", categories).build();
    }

    private static JsonObject classification(JsonObject card) {
        return card.getJsonObject("classification");
    }

    @Test
    void aNewVersionClassifiesOnlyTheCasesRegisteredAfterIt() {
        CaseFixtures f = CaseFixtures.create();
        Api office = f.caseOffice().api();
        HttpResponse<String> currentResponse = office.get(STANDARDS + "/current");
        assertEquals(200, currentResponse.statusCode(), currentResponse.body());
        JsonObject original = Api.json(currentResponse);
        int before = original.getInt("version");

        JsonObject earlier = f.register(fiveMonthsSummary(f));
        assertEquals("SIMPLE", classification(earlier).getString("complexity"), earlier.toString());
        assertEquals(before, classification(earlier).getInt("standardVersion"));
        assertEquals(DRUNK_DRIVING, classification(earlier).getString("simpleCategory"));

        HttpResponse<String> published = office.post(STANDARDS,
                publication("醉驾类简案刑期上限调整为4个月", withDrunkDrivingLimit(original, 4)));
        try {
            assertEquals(201, published.statusCode(), published.body());
            int version = Api.json(published).getInt("version");
            assertEquals(before + 1, version);
            assertTrue(published.headers().firstValue("Location").orElse("").endsWith(STANDARDS + "/" + version),
                    published.headers().toString());

            assertEquals(version, Api.json(f.teamHandlerA().api().get(STANDARDS + "/current")).getInt("version"),
                    "any signed-in user reads the standard");
            JsonObject stored = Api.json(office.get(STANDARDS + "/" + version));
            assertEquals(withDrunkDrivingLimit(original, 4).getJsonArray("categories"), stored.getJsonArray("categories"));
            assertEquals(original.getJsonArray("categories"),
                    Api.json(office.get(STANDARDS + "/" + before)).getJsonArray("categories"), "old versions stay");
            JsonObject newest = Api.parse(f.teamHandlerA().api().get(STANDARDS).body()).asJsonArray().getJsonObject(0);
            assertEquals(version, newest.getInt("version"));
            assertTrue(newest.getBoolean("active"));
            assertEquals(f.caseOffice().username(), newest.getString("createdBy"));
            assertEquals("醉驾类简案刑期上限调整为4个月", newest.getString("note"));

            JsonObject later = f.register(fiveMonthsSummary(f));
            assertEquals("COMPLEX", classification(later).getString("complexity"), later.toString());
            assertEquals(version, classification(later).getInt("standardVersion"));

            JsonObject earlierNow = Api.json(f.chief().api().get("/cases/api/cases/" + earlier.getJsonNumber("id")));
            assertEquals("SIMPLE", classification(earlierNow).getString("complexity"), "publishing reclassifies nothing");
            assertEquals(before, classification(earlierNow).getInt("standardVersion"));
        } finally {
            if (published.statusCode() == 201) {
                HttpResponse<String> restored = office.post(STANDARDS, publication("恢复原标准（StandardIT）", original));
                assertEquals(201, restored.statusCode(), restored.body());
            }
        }
    }

    @Test
    void onlyTheCaseOfficeAndAdministratorsPublishAndABrokenDraftIsRefused() {
        CaseFixtures f = CaseFixtures.create();
        Api office = f.caseOffice().api();
        JsonObject original = Api.json(office.get(STANDARDS + "/current"));
        int before = original.getInt("version");

        HttpResponse<String> byHandler = f.teamHandlerA().api().post(STANDARDS, publication("handler", original));
        assertEquals(403, byHandler.statusCode(), byHandler.body());

        JsonObject empty = Json.createObjectBuilder(original).add("categories", Json.createArrayBuilder()).build();
        HttpResponse<String> noCategories = office.post(STANDARDS, publication("empty", empty));
        assertEquals(422, noCategories.statusCode(), noCategories.body());
        assertTrue(Api.json(noCategories).getJsonArray("violations").toString().contains("no simple-case categories"),
                noCategories.body());

        HttpResponse<String> noNote = office.post(STANDARDS, publication(null, original));
        assertEquals(422, noNote.statusCode(), noNote.body());

        assertEquals(400, office.post(STANDARDS, "{\"note\":\"x\",\"standard\":").statusCode());
        JsonObject missingField = Json.createObjectBuilder(original).remove("fastTrack").build();
        assertEquals(400, office.post(STANDARDS, publication("x", missingField)).statusCode());
        assertEquals(404, office.get(STANDARDS + "/999999").statusCode());

        assertEquals(before, Api.json(office.get(STANDARDS + "/current")).getInt("version"), "nothing was published");
    }
}
