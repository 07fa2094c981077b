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

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stages and their rule, supplementary investigation and the clock, extension, and the data scope of a case. */
@ExtendWith(ArquillianExtension.class)
class CaseFlowIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    private static Api handlerApi(CaseFixtures f, JsonObject card) {
        return f.handlerOf(card).api();
    }

    @Test
    void onlyTheAllowedMovesAreMadeAndEachIsInTheHistory() {
        CaseFixtures f = CaseFixtures.create();
        JsonObject card = f.register(f.simpleSubmission(Fixtures.unique("T")));
        Api handler = handlerApi(f, card);
        long id = card.getJsonNumber("id").longValue();

        HttpResponse<String> skip = CaseFixtures.change(handler, id, "/transitions", "{\"to\":\"DECIDED\"}");
        assertEquals(409, skip.statusCode(), skip.body());

        assertEquals(200, CaseFixtures.change(handler, id, "/transitions", "{\"to\":\"UNDER_REVIEW\"}").statusCode());
        JsonObject now = Api.json(CaseFixtures.change(handler, id, "/transitions",
                "{\"to\":\"PENDING_DECISION\",\"reason\":\"审查完毕\"}"));
        assertEquals("PENDING_DECISION", now.getString("stage"));
        String history = now.getJsonArray("history").toString();
        assertTrue(history.contains("UNDER_REVIEW") && history.contains("PENDING_DECISION") && history.contains("审查完毕"),
                history);
    }

    @Test
    void supplementaryInvestigationStopsTheClockAndTheReturnRestartsItInFull() {
        CaseFixtures f = CaseFixtures.create();
        JsonObject card = f.register(f.complexSubmission(Fixtures.unique("S")));
        Api handler = handlerApi(f, card);
        long id = card.getJsonNumber("id").longValue();
        CaseFixtures.change(handler, id, "/transitions", "{\"to\":\"UNDER_REVIEW\"}");

        LocalDate returnedOn = CaseFixtures.RECEIVED.plusDays(10);
        LocalDate cameBackOn = returnedOn.plusDays(20);
        JsonObject returned = Api.json(CaseFixtures.change(handler, id, "/supplementary-returns",
                "{\"returnedOn\":\"" + returnedOn + "\",\"reason\":\"证据不足，补充鉴定意见\"}"));
        assertEquals("SUPPLEMENTARY_INVESTIGATION", returned.getString("stage"));
        assertTrue(returned.getJsonObject("deadline").getBoolean("clockStopped"));

        JsonObject back = Api.json(CaseFixtures.change(handler, id, "/supplementary-returns/1/return",
                "{\"cameBackOn\":\"" + cameBackOn + "\"}"));
        assertEquals("UNDER_REVIEW", back.getString("stage"));
        JsonObject deadline = back.getJsonObject("deadline");
        assertEquals(cameBackOn.toString(), deadline.getString("reviewStart"));
        // Back on 2025-12-03: one month in full, to 2026-01-03; the suspects are detained, so a day off does not move it.
        assertEquals("2026-01-03", deadline.getString("deadline"), deadline.toString());
        assertFalse(deadline.getBoolean("provisional"));
    }

    @Test
    void onlyADeputyChiefOrChiefExtendsAndAHandlerIsRefused() {
        CaseFixtures f = CaseFixtures.create();
        JsonObject card = f.register(f.complexSubmission(Fixtures.unique("E")));
        long id = card.getJsonNumber("id").longValue();
        assertEquals(403, CaseFixtures.change(handlerApi(f, card), id, "/extension", "{\"reason\":\"案情复杂\"}")
                .statusCode());
        JsonObject extended = Api.json(CaseFixtures.change(f.chief().api(), id, "/extension",
                "{\"reason\":\"案情复杂\"}"));
        assertEquals(15, extended.getJsonObject("deadline").getInt("extensionDays"));
        assertEquals(f.chief().username(), extended.getJsonObject("deadline").getString("extensionApprovedBy"));
    }

    @Test
    void aCaseOutsideTheDataScopeIsRefusedAndAudited() {
        CaseFixtures f = CaseFixtures.create();
        JsonObject card = f.register(f.simpleSubmission(Fixtures.unique("D")));
        long id = card.getJsonNumber("id").longValue();
        assertEquals(403, f.districtHandler().api().get("/cases/api/cases/" + id).statusCode());
        assertEquals(403, f.ordinaryHandlerA().api().get("/cases/api/cases/" + id).statusCode());
        assertEquals(200, f.firstDirector().api().get("/cases/api/cases/" + id).statusCode());
        assertEquals(200, f.chief().api().get("/cases/api/cases/" + id).statusCode());
        String audit = Fixtures.auditor().get("/admin/api/audit?action=ACCESS_DENIED&actor="
                + f.districtHandler().username()).body();
        assertTrue(audit.contains("\"objectId\":\"" + id + "\""), audit);
    }
}
