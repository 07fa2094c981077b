package org.caseloop.it.cases;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.caseloop.it.Api;
import org.caseloop.it.Deployments;
import org.caseloop.it.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Centralised steps for many cases: each case on its own, a refusal named, the others through. */
@ExtendWith(ArquillianExtension.class)
class BatchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    private static String request(String step, List<Long> ids, String lawyer) {
        var ids2 = Json.createArrayBuilder();
        ids.forEach(ids2::add);
        var b = Json.createObjectBuilder().add("step", step).add("caseIds", ids2);
        if (lawyer != null) {
            b.add("dutyLawyer", lawyer);
        }
        return b.build().toString();
    }

    @Test
    void oneStepForManyCasesWithTheFailingCaseNamedAndTheOthersThrough() {
        CaseFixtures f = CaseFixtures.create();
        // Four simple cases for the team; the handler takes those that land on them.
        List<JsonObject> cards = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cards.add(f.register(f.simpleSubmission(Fixtures.unique("BT"))));
        }
        Fixtures.Staff handler = f.teamHandlerA();
        List<Long> mine = cards.stream()
                .filter(c -> c.getJsonObject("assignment").getJsonNumber("handlerId").longValue() == handler.id())
                .map(c -> c.getJsonNumber("id").longValue()).toList();
        List<Long> theirs = cards.stream().map(c -> c.getJsonNumber("id").longValue())
                .filter(id -> !mine.contains(id)).toList();
        assertTrue(mine.size() >= 1 && !theirs.isEmpty(), "the team balances cases between both handlers");
        Api api = handler.api();

        JsonObject notified = Api.json(api.post("/cases/api/batches", request("NOTIFY_RIGHTS", mine, null)));
        assertEquals(mine.size(), notified.getJsonArray("done").size(), notified.toString());

        // Plea agreements without a lawyer: all refused, nothing changed.
        JsonObject noLawyer = Api.json(api.post("/cases/api/batches", request("SIGN_PLEA", mine, null)));
        assertEquals(0, noLawyer.getJsonArray("done").size());
        assertTrue(noLawyer.getJsonArray("refused").getJsonObject(0).getString("reason").contains("lawyer"));

        // With a lawyer, and a colleague's case slipped in: that one is refused by name, mine go through.
        List<Long> mixed = new ArrayList<>(mine);
        mixed.add(theirs.get(0));
        JsonObject signed = Api.json(api.post("/cases/api/batches", request("SIGN_PLEA", mixed, "值班律师李某")));
        assertEquals(mine.size(), signed.getJsonArray("done").size(), signed.toString());
        JsonArray refused = signed.getJsonArray("refused");
        assertEquals(1, refused.size());
        assertEquals(theirs.get(0).longValue(), refused.getJsonObject(0).getJsonNumber("caseId").longValue());

        JsonObject prosecuted = Api.json(api.post("/cases/api/batches", request("PROSECUTE", mine, null)));
        assertEquals(mine.size(), prosecuted.getJsonArray("done").size(), prosecuted.toString());
        for (long id : mine) {
            JsonObject card = Api.json(api.get("/cases/api/cases/" + id));
            assertEquals("DECIDED", card.getString("stage"));
            String history = card.getJsonArray("history").toString();
            assertTrue(history.contains("FAST_TRIAL_NOTIFY_RIGHTS") && history.contains("FAST_TRIAL_SIGN_PLEA")
                    && history.contains("FAST_TRIAL_PROSECUTE"), history);
        }
        JsonObject untouched = Api.json(f.chief().api().get("/cases/api/cases/" + theirs.get(0)));
        assertEquals("ASSIGNED", untouched.getString("stage"));
    }

    @Test
    void aBatchWithoutStepOrCasesIs422() {
        CaseFixtures f = CaseFixtures.create();
        assertEquals(422, f.teamHandlerA().api().post("/cases/api/batches", "{\"caseIds\":[]}").statusCode());
    }
}
