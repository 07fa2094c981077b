package org.caseloop.it.cases;

import jakarta.json.JsonObject;
import org.caseloop.it.Api;
import org.caseloop.it.Deployments;
import org.caseloop.it.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home dashboard shows each user exactly the in-progress cases of their data scope. */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    private static long total(Api api) {
        JsonObject page = Api.json(api.get("/cases/api/dashboard?limit=50"));
        assertEquals(page.getJsonObject("counts").getJsonNumber("inProgress").longValue(),
                page.getJsonNumber("total").longValue());
        return page.getJsonNumber("total").longValue();
    }

    @Test
    void eachUserSeesTheirScopeOnly() {
        CaseFixtures f = CaseFixtures.create();
        for (int i = 0; i < 3; i++) {
            f.register(f.simpleSubmission(Fixtures.unique("DB")));
        }
        f.register(f.complexSubmission(Fixtures.unique("DB")));

        // The fast-trial team's members see the team's three cases; the complex case is the other department's.
        assertEquals(3, total(f.teamHandlerA().api()));
        assertEquals(3, total(f.firstDirector().api()));
        assertEquals(1, total(f.secondDirector().api()));
        assertEquals(4, total(f.chief().api()));
        assertEquals(0, total(f.districtHandler().api()));

        JsonObject page = Api.json(f.chief().api().get("/cases/api/dashboard?limit=2"));
        assertEquals(2, page.getJsonArray("items").size());
        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        assertTrue(first.getString("caseNumber").contains("受〔"), first.toString());
    }

    @Test
    void aHandlersCountsAreLiveAndEveryAnswerSaysWhenItWasCounted() {
        CaseFixtures f = CaseFixtures.create();
        JsonObject card = f.register(f.simpleSubmission(Fixtures.unique("DL")));
        JsonObject counts = Api.json(f.teamHandlerA().api().get("/cases/api/dashboard?limit=5")).getJsonObject("counts");
        assertEquals(1, counts.getJsonNumber("inProgress").longValue());
        // Counted afresh: after the case just registered, by the server's clock.
        assertFalse(Instant.parse(counts.getString("countedAt")).isBefore(Instant.parse(card.getString("registeredAt"))),
                counts + " " + card.getString("registeredAt"));
        f.register(f.simpleSubmission(Fixtures.unique("DL")));
        assertEquals(2, total(f.teamHandlerA().api()));
    }

    @Test
    void aBadFilterIs400() {
        CaseFixtures f = CaseFixtures.create();
        assertEquals(400, f.chief().api().get("/cases/api/dashboard?limit=0").statusCode());
    }
}
