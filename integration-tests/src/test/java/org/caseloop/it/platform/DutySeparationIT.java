package org.caseloop.it.platform;

import jakarta.json.JsonArray;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Separation of administrator duties (GB/T 22239-2019 level 3, 三员分立): only the audit administrator reads
 * the audit trail, administrators read no case, and full identity numbers go only to those handling the case,
 * every card read with personal data being audited.
 */
@ExtendWith(ArquillianExtension.class)
class DutySeparationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @Test
    void onlyTheAuditAdministratorReadsAndVerifiesTheAuditTrail() {
        for (Api other : new Api[] {Fixtures.admin(), Fixtures.security()}) {
            assertEquals(403, other.get("/admin/api/audit?limit=1").statusCode());
            assertEquals(403, other.post("/admin/api/audit/verification", null).statusCode());
        }
        assertEquals(200, Fixtures.auditor().get("/admin/api/audit?limit=1").statusCode());
        assertEquals(200, Fixtures.auditor().post("/admin/api/audit/verification", null).statusCode());
    }

    @Test
    void administratorsReadNoCaseAndRegisterNone() {
        CaseFixtures f = CaseFixtures.create();
        long id = f.register(f.simpleSubmission(Fixtures.unique("A"))).getJsonNumber("id").longValue();
        for (String role : new String[] {"ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"}) {
            Fixtures.Staff admin = Fixtures.staff(f.org().cityId(), null, null, role);
            assertEquals(403, admin.api().get("/cases/api/cases/" + id).statusCode(), role);
            assertEquals(403, admin.api().get("/cases/api/cases").statusCode(), role);
            assertEquals(403, admin.api().post("/cases/api/cases", f.simpleSubmission(Fixtures.unique("B"))
                    .build().toString()).statusCode(), role);
            Browser browser = new Browser();
            browser.login(admin.username(), Fixtures.STAFF_PASSWORD);
            assertEquals(403, browser.get("/cases/case.xhtml?id=" + id).statusCode(), role);
        }
    }

    @Test
    void fullIdNumbersOnlyForThoseWhoHandleTheCaseAndEveryCardReadIsAudited() {
        CaseFixtures f = CaseFixtures.create();
        JsonObject registered = f.register(f.simpleSubmission(Fixtures.unique("C")));
        long id = registered.getJsonNumber("id").longValue();
        assertTrue(idNumber(registered).contains("*"), "the case office registers but does not handle the case");

        long handlerId = registered.getJsonObject("assignment").getJsonNumber("handlerId").longValue();
        Fixtures.Staff handler = handlerId == f.teamHandlerA().id() ? f.teamHandlerA() : f.teamHandlerB();
        Fixtures.Staff colleague = handler == f.teamHandlerA() ? f.teamHandlerB() : f.teamHandlerA();
        assertFalse(idNumber(card(handler, id)).contains("*"));
        assertFalse(idNumber(card(f.firstDirector(), id)).contains("*"));
        assertFalse(idNumber(card(f.chief(), id)).contains("*"));
        assertTrue(idNumber(card(colleague, id)).contains("*"), "a team colleague sees it masked");

        JsonArray reads = SecurityIT.auditOf(Fixtures.auditor(), "objectType=Case&objectId=" + id
                + "&action=CASE_CARD_READ&actor=" + handler.username());
        assertEquals(1, reads.size());
        assertTrue(reads.getJsonObject(0).getString("changes").contains("full"));
        assertEquals(1, SecurityIT.auditOf(Fixtures.auditor(), "objectType=Case&objectId=" + id
                + "&action=CASE_CARD_READ&actor=" + colleague.username()).size());
    }

    private static JsonObject card(Fixtures.Staff who, long id) {
        var response = who.api().get("/cases/api/cases/" + id);
        assertEquals(200, response.statusCode(), who.username() + ": " + response.body());
        return Api.json(response);
    }

    private static String idNumber(JsonObject card) {
        return card.getJsonArray("suspects").getJsonObject(0).getString("idNumber");
    }
}
