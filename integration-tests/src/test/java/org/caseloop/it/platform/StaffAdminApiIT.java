package org.caseloop.it.platform;

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

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Password reset and unlock over the API: JSON only, administrators only, audited, and they work at the next login. */
@ExtendWith(ArquillianExtension.class)
class StaffAdminApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @Test
    void aResetWithoutAPasswordAnswersAOneTimePasswordThatMustBeChanged() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff handler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");

        HttpResponse<String> reset = org.admin().post("/admin/api/staff/" + handler.id() + "/password-reset", "{}");
        assertEquals(200, reset.statusCode(), reset.body());
        assertTrue(reset.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        JsonObject answer = Api.json(reset);
        String oneTime = answer.getString("oneTimePassword");
        assertTrue(answer.getBoolean("mustChangePassword"));
        assertEquals(handler.username(), answer.getString("username"));
        assertTrue(Api.json(org.admin().get("/admin/api/staff/" + handler.id())).getBoolean("mustChangePassword"));

        assertEquals(401, handler.api().get("/admin/api/account/me").statusCode(), "the old password is gone");
        HttpResponse<String> mustChange = Api.as(handler.username(), oneTime).get("/cases/api");
        assertEquals(403, mustChange.statusCode());
        assertTrue(mustChange.body().contains("password must be changed"));
        HttpResponse<String> changed = Api.as(handler.username(), oneTime).post("/admin/api/account/password",
                Json.createObjectBuilder().add("currentPassword", oneTime).add("newPassword", "It#Again-2026-ok")
                        .build().toString());
        assertEquals(204, changed.statusCode(), changed.body());

        JsonArray audit = SecurityIT.auditOf(Fixtures.auditor(), "objectId=" + handler.username() + "&action=PASSWORD_RESET");
        assertEquals(1, audit.size());
        assertFalse(audit.toString().contains(oneTime), "the one-time password is never written to the audit trail");
    }

    @Test
    void aResetWithTheAdministratorsPasswordKeepsItSecretAndChecksThePolicy() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff handler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        String path = "/admin/api/staff/" + handler.id() + "/password-reset";

        HttpResponse<String> weak = org.admin().post(path, "{\"password\":\"short\"}");
        assertEquals(422, weak.statusCode(), weak.body());
        assertEquals(200, handler.api().get("/admin/api/account/me").statusCode(), "a refused reset changes nothing");

        HttpResponse<String> reset = org.admin().post(path, "{\"password\":\"Chosen#Pass2026\"}");
        assertEquals(200, reset.statusCode(), reset.body());
        JsonObject answer = Api.json(reset);
        assertTrue(!answer.containsKey("oneTimePassword") || answer.isNull("oneTimePassword"),
                "a password the administrator chose is not sent back");
        assertEquals(403, Api.as(handler.username(), "Chosen#Pass2026").get("/cases/api").statusCode());
    }

    @Test
    void anUnlockLetsALockedUserSignInAgainAndIsAudited() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff handler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        Api wrong = Api.as(handler.username(), "Wrong#Password1");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.get("/admin/api/account/me").statusCode());
        }
        assertEquals(401, handler.api().get("/admin/api/account/me").statusCode(), "locked");

        assertEquals(403, org.admin().post("/admin/api/staff/" + handler.id() + "/unlock", "{}").statusCode(),
                "unlocking is the security administrator's duty");
        HttpResponse<String> unlocked = Fixtures.security().post("/admin/api/staff/" + handler.id() + "/unlock", "{}");
        assertEquals(204, unlocked.statusCode(), unlocked.body());
        assertFalse(Api.json(org.admin().get("/admin/api/staff/" + handler.id())).getBoolean("locked"));
        assertEquals(200, handler.api().get("/admin/api/account/me").statusCode());
        assertEquals(1, SecurityIT.auditOf(Fixtures.auditor(), "objectId=" + handler.username() + "&action=USER_UNLOCKED")
                .size());
    }

    @Test
    void resetAndUnlockAreForAdministratorsAndTakeOnlyJson() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff director = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "DIRECTOR");
        Fixtures.Staff handler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        String reset = "/admin/api/staff/" + handler.id() + "/password-reset";
        String unlock = "/admin/api/staff/" + handler.id() + "/unlock";

        assertEquals(403, director.api().post(reset, "{}").statusCode());
        assertEquals(403, director.api().post(unlock, "{}").statusCode());
        assertEquals(415, org.admin().postForm(reset, "password=Chosen%23Pass2026").statusCode());
        assertEquals(415, org.admin().postForm(unlock, "").statusCode());
        assertEquals(404, org.admin().post("/admin/api/staff/999999999/password-reset", "{}").statusCode());
        assertEquals(404, Fixtures.security().post("/admin/api/staff/999999999/unlock", "{}").statusCode());
        assertEquals(200, handler.api().get("/admin/api/account/me").statusCode(), "nothing was reset");
    }

    @Test
    void twoResetsGiveTwoDifferentOneTimePasswords() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff handler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        String path = "/admin/api/staff/" + handler.id() + "/password-reset";
        String first = Api.json(org.admin().post(path, "{}")).getString("oneTimePassword");
        String second = Api.json(org.admin().post(path, "{}")).getString("oneTimePassword");
        assertNotEquals(first, second);
        assertEquals(401, Api.as(handler.username(), first).get("/admin/api/account/me").statusCode());
    }
}
