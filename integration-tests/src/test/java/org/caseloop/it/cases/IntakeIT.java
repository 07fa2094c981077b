package org.caseloop.it.cases;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.caseloop.it.Api;
import org.caseloop.it.Database;
import org.caseloop.it.Deployments;
import org.caseloop.it.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Intake over REST: triage, labels, numbering, assignment, deadlines, idempotency and bad input. */
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @Test
    void aSimpleCaseIsClassifiedNumberedAndGivenToTheFastTrialTeam() {
        CaseFixtures f = CaseFixtures.create();
        HttpResponse<String> response = f.caseOffice().api().post("/cases/api/cases",
                f.simpleSubmission(Fixtures.unique("JJ")).build().toString());
        assertEquals(201, response.statusCode(), response.body());
        JsonObject card = Api.json(response);
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/cases/api/cases/" + card.getJsonNumber("id")));

        String number = card.getString("caseNumber");
        // Numbered by the year of registration in the office's zone.
        int registered = java.time.Instant.parse(card.getString("registeredAt")).atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        assertTrue(number.endsWith("刑诉受〔" + registered + "〕1号"), number);
        assertEquals("SIMPLE", card.getJsonObject("classification").getString("complexity"));
        assertEquals("FAST", card.getJsonObject("classification").getString("speedTrack"));
        assertEquals("LIGHT", card.getJsonObject("classification").getString("severity"));
        assertTrue(card.getJsonObject("classification").getString("explanationZh").contains("速裁"), card.getJsonObject("classification").getString("explanationZh"));
        assertTrue(card.getJsonArray("labels").toString().contains("\"SIMPLE\"") && card.getJsonArray("labels").toString().contains("GUILTY_PLEA"), "labels");

        assertEquals(f.fastTrialTeam(), card.getJsonObject("assignment").getJsonNumber("teamId").longValue());
        long handler = card.getJsonObject("assignment").getJsonNumber("handlerId").longValue();
        assertTrue(handler == f.teamHandlerA().id() || handler == f.teamHandlerB().id());
        assertEquals("ASSIGNED", card.getString("stage"));
        assertTrue(card.getJsonObject("assignment").getString("explanationZh").contains("快审一组"), card.getJsonObject("assignment").getString("explanationZh"));
        assertNotNull(card.getJsonObject("deadline").getString("deadline"));
    }

    @Test
    void aComplexCaseGoesToTheRotationOfTheDepartmentInCharge() {
        CaseFixtures f = CaseFixtures.create();
        JsonObject card = f.register(f.complexSubmission(Fixtures.unique("XZ")));
        assertEquals("COMPLEX", card.getJsonObject("classification").getString("complexity"));
        assertEquals("SERIOUS", card.getJsonObject("classification").getString("severity"));
        long handler = card.getJsonObject("assignment").getJsonNumber("handlerId").longValue();
        assertTrue(handler == f.ordinaryHandlerA().id() || handler == f.ordinaryHandlerB().id(), card.toString());
        String labels = card.getJsonArray("labels").toString();
        assertTrue(labels.contains("IN_CUSTODY") && labels.contains("MINOR") && labels.contains("MULTIPLE_SUSPECTS"),
                labels);
        JsonObject second = f.register(f.complexSubmission(Fixtures.unique("XZ")));
        assertTrue(second.getJsonObject("assignment").getJsonNumber("handlerId").longValue() != handler, "rotation balances the load");
    }

    @Test
    void theSameSubmissionTwiceIsTheSameCaseAndAChangedOneAConflict() {
        CaseFixtures f = CaseFixtures.create();
        String reference = Fixtures.unique("CF");
        String body = f.simpleSubmission(reference).build().toString();
        JsonObject first = Api.json(f.caseOffice().api().post("/cases/api/cases", body));
        HttpResponse<String> again = f.caseOffice().api().post("/cases/api/cases", body);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(first.getJsonNumber("id"), Api.json(again).getJsonNumber("id"));

        HttpResponse<String> changed = f.caseOffice().api().post("/cases/api/cases",
                f.simpleSubmission(reference).add("possibleSentenceMonths", 5).build().toString());
        assertEquals(409, changed.statusCode(), changed.body());
        assertEquals("application/problem+json", changed.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void badInputIsRefusedClearlyAndNothingIsRegistered() {
        CaseFixtures f = CaseFixtures.create();
        Api office = f.caseOffice().api();
        HttpResponse<String> noSuspects = office.post("/cases/api/cases",
                f.simpleSubmission(Fixtures.unique("B")).add("suspects", jakarta.json.Json.createArrayBuilder())
                        .build().toString());
        assertEquals(422, noSuspects.statusCode(), noSuspects.body());
        assertTrue(Api.json(noSuspects).getJsonArray("violations").toString().contains("suspects"));
        HttpResponse<String> emptyCharge = office.post("/cases/api/cases", f.simpleSubmission(Fixtures.unique("B"))
                .add("chargeCodes", Json.createArrayBuilder().add("")).build().toString());
        assertEquals(422, emptyCharge.statusCode(), emptyCharge.body());
        assertTrue(Api.json(emptyCharge).getJsonArray("violations").getString(0).startsWith("chargeCodes[0]: "),
                emptyCharge.body());
        assertEquals(400, office.post("/cases/api/cases", "{\"businessType\":").statusCode());
        assertEquals(400, office.post("/cases/api/cases",
                f.simpleSubmission(Fixtures.unique("B")).add("businessType", "PARKING").build().toString()).statusCode());
        assertEquals(403, f.teamHandlerA().api().post("/cases/api/cases",
                f.simpleSubmission(Fixtures.unique("B")).build().toString()).statusCode());
        JsonObject list = Api.json(f.chief().api().get("/cases/api/cases?limit=10"));
        assertEquals(0, list.getJsonNumber("total").longValue(), "nothing registered");
    }

    @Test
    void aBulkTransferRegistersTheGoodCasesAndRefusesEachBadOneByIndex() {
        CaseFixtures f = CaseFixtures.create();
        String reference = Fixtures.unique("BK");
        JsonArrayBuilder cases = Json.createArrayBuilder()
                .add(f.simpleSubmission(reference))
                .add(f.complexSubmission(Fixtures.unique("BK")))
                .add(f.simpleSubmission(Fixtures.unique("BK")).add("chargeCodes", Json.createArrayBuilder().add("C99999")))
                .add(f.simpleSubmission(reference))
                .add(f.simpleSubmission(reference).add("possibleSentenceMonths", 5))
                .add(f.simpleSubmission(Fixtures.unique("BK")).add("agencyReference", ""));
        HttpResponse<String> response = f.caseOffice().api().post("/cases/api/cases/bulk",
                Json.createObjectBuilder().add("cases", cases).build().toString());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject outcome = Api.json(response);
        List<Integer> statuses = outcome.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getInt("status")).toList();
        assertEquals(List.of(201, 201, 422, 200, 409, 422), statuses, response.body());
        assertEquals(2, outcome.getInt("created"));
        assertEquals(1, outcome.getInt("existing"));
        assertEquals(3, outcome.getInt("refused"));

        List<JsonObject> results = outcome.getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(results.get(0).getJsonNumber("caseId"), results.get(3).getJsonNumber("caseId"), "the repeat");
        assertTrue(results.get(2).getJsonObject("problem").toString().contains("C99999"), results.get(2).toString());
        assertTrue(results.get(5).getJsonObject("problem").toString().contains("agencyReference"), results.get(5).toString());
        // Numbers are gap-free: the refused cases took none.
        JsonObject card = Api.json(f.caseOffice().api().get("/cases/api/cases/" + results.get(1).getJsonNumber("caseId")));
        assertEquals(results.get(1).getString("caseNumber"), card.getString("caseNumber"));
        assertTrue(results.get(0).getString("caseNumber").endsWith("〕1号"), results.get(0).toString());
        assertTrue(results.get(1).getString("caseNumber").endsWith("〕2号"), results.get(1).toString());
        assertEquals("COMPLEX", card.getJsonObject("classification").getString("complexity"));
    }

    @Test
    void aBulkTransferIsForTheCaseOfficeAndHasALimit() {
        CaseFixtures f = CaseFixtures.create();
        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        for (int i = 0; i < 101; i++) {
            tooMany.add(f.simpleSubmission(Fixtures.unique("BL")));
        }
        HttpResponse<String> response = f.caseOffice().api().post("/cases/api/cases/bulk",
                Json.createObjectBuilder().add("cases", tooMany).build().toString());
        assertEquals(422, response.statusCode(), response.body());
        assertEquals(422, f.caseOffice().api().post("/cases/api/cases/bulk", "{}").statusCode());
        assertEquals(403, f.teamHandlerA().api().post("/cases/api/cases/bulk", Json.createObjectBuilder()
                .add("cases", Json.createArrayBuilder().add(f.simpleSubmission(Fixtures.unique("BL")))).build()
                .toString()).statusCode());
        JsonObject list = Api.json(f.chief().api().get("/cases/api/cases?limit=10"));
        assertEquals(0, list.getJsonNumber("total").longValue(), "nothing registered");
    }

    @Test
    void concurrentIntakeNumbersWithoutGapsOrDuplicates() throws Exception {
        CaseFixtures f = CaseFixtures.create();
        int n = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<JsonObject>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String reference = Fixtures.unique("P");
            futures.add(pool.submit(() -> f.register(f.simpleSubmission(reference))));
        }
        Set<Integer> numbers = new TreeSet<>();
        for (Future<JsonObject> future : futures) {
            String number = future.get().getString("caseNumber");
            numbers.add(Integer.parseInt(number.substring(number.indexOf('〕') + 1, number.length() - 1)));
        }
        pool.shutdown();
        Set<Integer> expected = new TreeSet<>();
        for (int i = 1; i <= n; i++) {
            expected.add(i);
        }
        assertEquals(expected, numbers);
    }

    @Test
    void concurrentIntakesKeepTheOpenWorkloadsExactBeforeAndAfterTheyAreFolded() throws Exception {
        CaseFixtures f = CaseFixtures.create();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<JsonObject>> futures = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String reference = Fixtures.unique("W");
            futures.add(pool.submit(() -> f.register(f.simpleSubmission(reference))));
        }
        for (Future<JsonObject> future : futures) {
            future.get();
        }
        pool.shutdown();
        long[] owners = {f.teamHandlerA().id(), f.teamHandlerB().id()};
        try (Connection db = Database.connect()) {
            assertEquals(12, load(db, "TEAM", f.fastTrialTeam()));
            assertEquals(openCases(db, "team_id", f.fastTrialTeam()), load(db, "TEAM", f.fastTrialTeam()));
            for (long handler : owners) {
                assertEquals(openCases(db, "handler_id", handler), load(db, "STAFF", handler));
            }
            // The compaction folds the changes into the workload rows within seconds; the loads stay the same.
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (pending(db, f.fastTrialTeam()) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertEquals(0, pending(db, f.fastTrialTeam()), "changes folded");
            assertEquals(12, load(db, "TEAM", f.fastTrialTeam()));
            for (long handler : owners) {
                assertEquals(openCases(db, "handler_id", handler), load(db, "STAFF", handler));
            }
        }
    }

    private static long load(Connection db, String kind, long owner) throws SQLException {
        return single(db, "SELECT COALESCE(SUM(n), 0) FROM (SELECT open_cases n FROM cases_workload WHERE owner_kind = ? "
                + "AND owner_id = ? UNION ALL SELECT open_cases FROM cases_workload_change WHERE owner_kind = ? "
                + "AND owner_id = ?) w", kind, owner, kind, owner);
    }

    private static long openCases(Connection db, String column, long owner) throws SQLException {
        return single(db, "SELECT COUNT(*) FROM cases_case WHERE in_progress = TRUE AND " + column + " = ?", owner);
    }

    private static long pending(Connection db, long team) throws SQLException {
        return single(db, "SELECT COUNT(*) FROM cases_workload_change WHERE owner_kind = 'TEAM' AND owner_id = ?",
                team);
    }

    private static long single(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
