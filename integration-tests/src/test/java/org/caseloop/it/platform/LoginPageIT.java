package org.caseloop.it.platform;

import org.caseloop.it.Browser;
import org.caseloop.it.Deployments;
import org.caseloop.it.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The login page, one session across the modules' pages, the session cookie's flags, and logout. */
@ExtendWith(ArquillianExtension.class)
class LoginPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @Test
    void theLoginPageIsChineseFirst() {
        HttpResponse<String> page = new Browser().get("/login.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("登录"), "Chinese title expected");
    }

    @Test
    void oneFormLoginOpensEveryModuleAndLogoutClosesThem() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff chief = Fixtures.staff(org.cityId(), null, null, "CHIEF");
        Browser browser = new Browser();

        HttpResponse<String> login = browser.login(chief.username(), Fixtures.STAFF_PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"));
        List<String> cookies = login.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("CASELOOP_SESSION=")).findFirst().orElseThrow();
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.contains("SameSite=Lax"), session);

        HttpResponse<String> home = browser.get("/index.xhtml");
        assertEquals(302, home.statusCode(), "a leader's home is the case dashboard");
        assertTrue(home.headers().firstValue("Location").orElse("").endsWith("/cases/index.xhtml"));
        for (String page : new String[] {"/cases/index.xhtml", "/review/index.xhtml", "/petitions/index.xhtml"}) {
            HttpResponse<String> response = browser.get(page);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.body().contains("测试" + chief.username()), page + " shows who is signed in");
        }

        HttpResponse<String> logout = browser.submit("/review/index.xhtml", "nav", "nav:logout", Map.of());
        assertEquals(302, logout.statusCode());
        assertTrue(logout.headers().firstValue("Location").orElse("").contains("/login.xhtml?logout=true"));
        assertEquals(302, browser.get("/index.xhtml").statusCode());
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheLoginPage() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff handler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        Browser browser = new Browser();
        HttpResponse<String> response = browser.login(handler.username(), "Wrong#Password1");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("用户名或密码错误"));
        assertEquals(302, browser.get("/index.xhtml").statusCode());
    }

    @Test
    void eachAdministratorReachesThePagesOfTheirDuty() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff admin = Fixtures.staff(org.cityId(), null, null, "ADMIN");
        Fixtures.Staff security = Fixtures.staff(org.cityId(), null, null, "SECURITY_ADMIN");
        Fixtures.Staff auditor = Fixtures.staff(org.cityId(), null, null, "AUDIT_ADMIN");
        assertPages(admin, new String[] {"/admin/staff.xhtml", "/admin/organisation.xhtml"},
                new String[] {"/admin/audit.xhtml"});
        assertPages(security, new String[] {"/admin/staff.xhtml"},
                new String[] {"/admin/organisation.xhtml", "/admin/audit.xhtml"});
        assertPages(auditor, new String[] {"/admin/audit.xhtml"},
                new String[] {"/admin/staff.xhtml", "/admin/organisation.xhtml"});
    }

    private static void assertPages(Fixtures.Staff who, String[] open, String[] closed) {
        Browser browser = new Browser();
        assertEquals(302, browser.login(who.username(), Fixtures.STAFF_PASSWORD).statusCode());
        for (String page : open) {
            HttpResponse<String> response = browser.get(page);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.body().contains("ui-datatable"), page + " shows its table");
        }
        for (String page : closed) {
            assertEquals(403, browser.get(page).statusCode(), page + " is another administrator's");
        }
    }

    @Test
    void anAdministrationPageRefusesOtherRolesWithoutAStackTrace() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff handler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        Browser browser = new Browser();
        browser.login(handler.username(), Fixtures.STAFF_PASSWORD);
        HttpResponse<String> denied = browser.get("/admin/audit.xhtml");
        assertEquals(403, denied.statusCode());
        assertTrue(denied.body().contains("error-message"));
        assertTrue(!denied.body().contains("Caused by") && !denied.body().contains("at org.caseloop."), "no stack trace");
    }
}
