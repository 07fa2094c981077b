package org.caseloop.it.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.caseloop.it.Api;
import org.caseloop.it.Browser;
import org.caseloop.it.Deployments;
import org.caseloop.it.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A login is re-checked on every request: a demoted or deactivated user's open session (or cached HTTP Basic
 * credential) loses what it lost at once. The login answer and its cost tell nothing about why it failed, and
 * every login, wrong current password and must-change refusal is audited.
 */
@ExtendWith(ArquillianExtension.class)
class SessionSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    private static String newStaff(long procuratorateId, String role) {
        return Json.createObjectBuilder().add("username", Fixtures.unique("s")).add("displayName", "新同事")
                .add("procuratorateId", procuratorateId).add("roles", Json.createArrayBuilder().add(role))
                .add("initialPassword", "Initial#Pass2026x").build().toString();
    }

    private static String update(Fixtures.Staff staff, String role, boolean active) {
        return Json.createObjectBuilder().add("displayName", "测试" + staff.username())
                .add("roles", Json.createArrayBuilder().add(role)).add("active", active).build().toString();
    }

    private static Browser signedIn(Fixtures.Staff staff) {
        Browser browser = new Browser();
        assertEquals(302, browser.login(staff.username(), Fixtures.STAFF_PASSWORD).statusCode());
        return browser;
    }

    @Test
    void aDemotedAdministratorsOpenSessionCanNoLongerCreateAnAdministrator() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff admin = Fixtures.staff(org.cityId(), null, null, "ADMIN");
        Browser session = signedIn(admin);
        assertEquals(201, session.api().post("/admin/api/staff", newStaff(org.cityId(), "ADMIN")).statusCode());

        assertEquals(200, Fixtures.admin().put("/admin/api/staff/" + admin.id(), update(admin, "HANDLER", true))
                .statusCode());

        assertEquals(403, session.api().post("/admin/api/staff", newStaff(org.cityId(), "ADMIN")).statusCode());
        assertEquals(403, session.get("/admin/staff.xhtml").statusCode());
    }

    @Test
    void aDeactivatedAdministratorsSessionEndsAndCannotReactivateItself() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff admin = Fixtures.staff(org.cityId(), null, null, "ADMIN");
        Browser session = signedIn(admin);
        assertEquals(200, session.get("/admin/staff.xhtml").statusCode());

        assertEquals(200, Fixtures.admin().put("/admin/api/staff/" + admin.id(), update(admin, "ADMIN", false))
                .statusCode());

        assertEquals(401, session.api().put("/admin/api/staff/" + admin.id(), update(admin, "ADMIN", true))
                .statusCode());
        HttpResponse<String> page = session.get("/admin/staff.xhtml");
        assertEquals(302, page.statusCode(), "the session has ended: back to the login page");
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        assertFalse(Api.json(Fixtures.admin().get("/admin/api/staff/" + admin.id())).getBoolean("active"));
    }

    @Test
    void aCachedBasicCredentialLosesADemotionAtOnceToo() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff admin = Fixtures.staff(org.cityId(), null, null, "ADMIN");
        assertEquals(200, admin.api().get("/admin/api/staff?limit=1").statusCode());

        assertEquals(200, Fixtures.admin().put("/admin/api/staff/" + admin.id(), update(admin, "HANDLER", true))
                .statusCode());

        assertEquals(403, admin.api().get("/admin/api/staff?limit=1").statusCode());
    }

    @Test
    void anUnknownLockedOrDeactivatedUserCostsAsMuchAsAWrongPassword() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff wrong = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        Fixtures.Staff locked = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        Fixtures.Staff inactive = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        for (int i = 0; i < 5; i++) {
            Api.as(locked.username(), "Wrong#Password1").get("/admin/api/account/me");
        }
        assertEquals(200, Fixtures.admin().put("/admin/api/staff/" + inactive.id(), update(inactive, "HANDLER", false))
                .statusCode());

        long wrongPassword = fastest(() -> Api.as(wrong.username(), "Wrong#Password1"));
        long unknown = fastest(() -> Api.as(Fixtures.unique("nobody"), "Wrong#Password1"));
        long lockedRight = fastest(locked::api);
        long inactiveRight = fastest(inactive::api);
        // The same slow hash on every path; without it the refusal comes back in a small fraction of the time.
        assertTrue(unknown * 2 > wrongPassword, "unknown " + unknown + " ms vs wrong password " + wrongPassword + " ms");
        assertTrue(lockedRight * 2 > wrongPassword, "locked " + lockedRight + " ms vs " + wrongPassword + " ms");
        assertTrue(inactiveRight * 2 > wrongPassword, "inactive " + inactiveRight + " ms vs " + wrongPassword + " ms");
    }

    /** The fastest of three refused calls, in milliseconds: the least disturbed by other work on the machine. */
    private static long fastest(Supplier<Api> client) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Api api = client.get();
            long start = System.nanoTime();
            assertEquals(401, api.get("/admin/api/account/me").statusCode());
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }

    @Test
    void aLockedAccountIsAnsweredLikeAWrongPasswordOnTheLoginPage() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff locked = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        for (int i = 0; i < 5; i++) {
            Api.as(locked.username(), "Wrong#Password1").get("/admin/api/account/me");
        }
        HttpResponse<String> answer = new Browser().login(locked.username(), Fixtures.STAFF_PASSWORD);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("用户名或密码错误"), "the same answer as for a wrong password");
        assertFalse(answer.body().contains("分钟后再试"), "nothing says the account is locked");
    }

    @Test
    void aFormLoginIsAuditedEvenWhenTheCredentialIsCached() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff user = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        assertEquals(200, user.api().get("/admin/api/account/me").statusCode());
        int before = logins(user).size();

        signedIn(user);

        assertEquals(before + 1, logins(user).size());
    }

    private static JsonArray logins(Fixtures.Staff user) {
        return SecurityIT.auditOf(Fixtures.auditor(), "actor=" + user.username() + "&action=LOGIN&outcome=SUCCESS");
    }

    @Test
    void wrongCurrentPasswordsOnAPasswordChangeAreAuditedAndLockTheAccount() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff user = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        for (int i = 0; i < 5; i++) {
            assertEquals(422, user.api().post("/admin/api/account/password", change("Guess#Number" + i)).statusCode());
        }
        JsonArray failures = SecurityIT.auditOf(Fixtures.auditor(), "actor=" + user.username()
                + "&action=PASSWORD_CHANGED&outcome=FAILURE");
        assertEquals(5, failures.size());
        assertTrue(failures.getJsonObject(0).getString("changes").contains("locked until"));

        assertEquals(401, Api.as(user.username(), Fixtures.STAFF_PASSWORD).get("/admin/api/account/me").statusCode(),
                "locked like five wrong login passwords");
    }

    private static String change(String current) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", "Brand#New-2026-pw")
                .build().toString();
    }

    @Test
    void aRefusalForAPasswordNotYetChangedIsAudited() {
        Fixtures.Org org = Fixtures.organisation();
        String username = Fixtures.unique("n");
        Fixtures.created(Fixtures.admin().post("/admin/api/staff", Json.createObjectBuilder().add("username", username)
                .add("displayName", "新人").add("procuratorateId", org.cityId())
                .add("roles", Json.createArrayBuilder().add("HANDLER")).add("initialPassword", "Initial#Pass2026")
                .build().toString()));
        assertEquals(403, Api.as(username, "Initial#Pass2026").get("/cases/api").statusCode());

        JsonArray denied = SecurityIT.auditOf(Fixtures.auditor(), "actor=" + username + "&action=ACCESS_DENIED");
        assertEquals(1, denied.size());
        assertEquals("GET /cases/api", denied.getJsonObject(0).getString("objectId"));
    }
}
