package org.caseloop.it.platform;

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

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Login over the API, roles, data scope and lockout, each refusal audited. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @Test
    void anonymousApiCallsGet401WithABasicChallenge() {
        HttpResponse<String> response = Api.anonymous().get("/cases/api");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void anonymousPagesLeadToTheLoginPage() {
        HttpResponse<String> response = Api.anonymous().get("/admin/audit.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("/login.xhtml?next="));
    }

    @Test
    void aRoleThatMayNotIsRefusedAndTheRefusalAudited() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff handler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");

        HttpResponse<String> denied = handler.api().get("/admin/api/audit");
        assertEquals(403, denied.statusCode());
        assertEquals("application/problem+json", denied.headers().firstValue("Content-Type").orElseThrow());

        JsonArray records = auditOf(Fixtures.auditor(), "actor=" + handler.username() + "&action=ACCESS_DENIED");
        assertEquals(1, records.size());
        assertEquals("DENIED", records.getJsonObject(0).getString("outcome"));
        assertEquals("GET /admin/api/audit", records.getJsonObject(0).getString("objectId"));
    }

    @Test
    void aDirectorSeesTheirDepartmentButNotAnotherOffice() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff director = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "DIRECTOR", "HANDLER");
        Fixtures.Staff colleague = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        Fixtures.Staff otherDepartment = Fixtures.staff(org.cityId(), org.citySecondDepartment(), null, "HANDLER");
        Fixtures.Staff districtStaff = Fixtures.staff(org.districtId(), org.districtFirstDepartment(), null, "HANDLER");

        assertEquals(200, director.api().get("/admin/api/staff/" + colleague.id()).statusCode());
        assertEquals(403, director.api().get("/admin/api/staff/" + otherDepartment.id()).statusCode());
        HttpResponse<String> denied = director.api().get("/admin/api/staff/" + districtStaff.id());
        assertEquals(403, denied.statusCode());
        assertTrue(Api.json(denied).getString("detail").contains("data scope"));

        JsonArray records = auditOf(Fixtures.auditor(), "actor=" + director.username() + "&objectId="
                + districtStaff.username() + "&action=ACCESS_DENIED");
        assertEquals(1, records.size());
        assertEquals("StaffUser", records.getJsonObject(0).getString("objectType"));
    }

    @Test
    void aCityChiefSeesTheDistrictsButADistrictChiefNotTheCity() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff cityChief = Fixtures.staff(org.cityId(), null, null, "CHIEF");
        Fixtures.Staff districtChief = Fixtures.staff(org.districtId(), null, null, "CHIEF");
        Fixtures.Staff cityHandler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        Fixtures.Staff districtHandler = Fixtures.staff(org.districtId(), org.districtFirstDepartment(), null, "HANDLER");

        assertEquals(200, cityChief.api().get("/admin/api/staff/" + districtHandler.id()).statusCode());
        assertEquals(200, districtChief.api().get("/admin/api/staff/" + districtHandler.id()).statusCode());
        assertEquals(403, districtChief.api().get("/admin/api/staff/" + cityHandler.id()).statusCode());
        JsonObject me = Api.json(cityChief.api().get("/admin/api/account/me"));
        assertEquals("CITY", me.getJsonObject("scope").getString("level"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff victim = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        Api wrong = Api.as(victim.username(), "Wrong#Password1");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.get("/admin/api/account/me").statusCode());
        }
        // The right password is refused while locked (no cached credential: the cache forgets on failure).
        assertEquals(401, victim.api().get("/admin/api/account/me").statusCode());

        JsonArray attempts = auditOf(Fixtures.auditor(), "actor=" + victim.username() + "&action=LOGIN&outcome=FAILURE");
        assertEquals(6, attempts.size());
        assertTrue(attempts.getJsonObject(0).getString("changes").contains("locked until"));

        JsonObject staff = Api.json(org.admin().get("/admin/api/staff/" + victim.id()));
        assertTrue(staff.getBoolean("locked"));
    }

    @Test
    void aNewUserMustChangeTheInitialPasswordFirst() {
        Fixtures.Org org = Fixtures.organisation();
        String username = Fixtures.unique("n");
        Fixtures.created(org.admin().post("/admin/api/staff", "{\"username\":\"" + username + "\",\"displayName\":\"新人\","
                + "\"procuratorateId\":" + org.cityId() + ",\"roles\":[\"HANDLER\"],\"initialPassword\":\"Initial#Pass2026\"}"));
        HttpResponse<String> refused = Api.as(username, "Initial#Pass2026").get("/cases/api");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("password must be changed"));
    }

    static JsonArray auditOf(Api auditor, String query) {
        HttpResponse<String> response = auditor.get("/admin/api/audit?limit=100&" + query);
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response).getJsonArray("items");
    }
}
