package org.caseloop.it.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.caseloop.it.Api;
import org.caseloop.it.Browser;
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
    void aDemotionMadeByAnotherServerReachesSessionsAndCachedCredentialsWithinSeconds() throws Exception {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff admin = Fixtures.staff(org.cityId(), null, null, "ADMIN");
        Browser session = signedIn(admin);
        assertEquals(200, admin.api().get("/admin/api/staff?limit=1").statusCode(), "the credential is now cached");
        assertEquals(200, session.get("/admin/staff.xhtml").statusCode());

        // Another server shares the database but not this server's memory: change the row behind its back.
        try (Connection db = Database.connect();
             PreparedStatement demote = db.prepareStatement(
                     "UPDATE platform_staff_role SET role = 'HANDLER' WHERE staff_id = ? AND role = 'ADMIN'")) {
            demote.setLong(1, admin.id());
            assertEquals(1, demote.executeUpdate());
        }

        long start = System.nanoTime();
        boolean refused = false;
        while (!refused && System.nanoTime() - start < SECONDS_ALLOWED * 1_000_000_000L) {
            Thread.sleep(250);
            refused = admin.api().get("/admin/api/staff?limit=1").statusCode() == 403
                    && session.get("/admin/staff.xhtml").statusCode() == 403;
        }
        assertTrue(refused, "still an administrator " + SECONDS_ALLOWED + " s after the demotion");
    }

    /** The access cache lives 3 s; the rest is slack for a busy machine. */
    private static final int SECONDS_ALLOWED = 10;

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

        // Round by round, so that every kind meets the same load on a shared machine; four rounds stay below the
        // lockout of the wrong-password user. The fastest of each kind is the least disturbed measurement.
        long wrongPassword = Long.MAX_VALUE;
        long unknown = Long.MAX_VALUE;
        long lockedRight = Long.MAX_VALUE;
        long inactiveRight = Long.MAX_VALUE;
        for (int round = 0; round < 4; round++) {
            wrongPassword = Math.min(wrongPassword, refusalMillis(Api.as(wrong.username(), "Wrong#Password1")));
            unknown = Math.min(unknown, refusalMillis(Api.as(Fixtures.unique("nobody"), "Wrong#Password1")));
            lockedRight = Math.min(lockedRight, refusalMillis(locked.api()));
            inactiveRight = Math.min(inactiveRight, refusalMillis(inactive.api()));
        }
        // The same slow hash on every path; without it a refusal comes back in a few per cent of the time.
        assertTrue(unknown * 4 > wrongPassword, "unknown " + unknown + " ms vs wrong password " + wrongPassword + " ms");
        assertTrue(lockedRight * 4 > wrongPassword, "locked " + lockedRight + " ms vs " + wrongPassword + " ms");
        assertTrue(inactiveRight * 4 > wrongPassword, "inactive " + inactiveRight + " ms vs " + wrongPassword + " ms");
    }

    private static long refusalMillis(Api api) {
        long start = System.nanoTime();
        assertEquals(401, api.get("/admin/api/account/me").statusCode());
        return (System.nanoTime() - start) / 1_000_000;
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
