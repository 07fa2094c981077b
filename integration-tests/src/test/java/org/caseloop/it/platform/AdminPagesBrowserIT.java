package org.caseloop.it.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.caseloop.it.Api;
import org.caseloop.it.Deployments;
import org.caseloop.it.Fixtures;
import org.caseloop.it.WebBrowser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff and organisation pages in a real browser, as an administrator uses them. */
@ExtendWith(ArquillianExtension.class)
class AdminPagesBrowserIT {

    private static final Pattern ONE_TIME = Pattern.compile("one-time password (\\S+);");

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @Test
    void anAdministratorCreatesEditsResetsAndUnlocksAMemberOfStaff() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff admin = Fixtures.staff(org.cityId(), null, null, "ADMIN");
        String username = Fixtures.unique("w");
        try (WebBrowser browser = WebBrowser.start()) {
            browser.login(admin.username(), Fixtures.STAFF_PASSWORD);
            browser.open("/admin/staff.xhtml");
            browser.visible(By.id("staff:table"));

            browser.clickAndWait(By.id("staff:new"));
            assertEquals("New member of staff", browser.visible(By.id("dialogTitle")).getText());
            assertTrue(browser.visible(By.id("edit:roles")).getText().contains("Handling prosecutor"),
                    "the roles render as checkboxes");
            browser.type(By.id("edit:username"), username);
            browser.type(By.id("edit:displayName"), "浏览器测试");
            browser.type(By.id("edit:pw"), "Initial#Pass2026x");
            browser.clickAndWait(By.id("edit:save"));
            assertTrue(browser.waitForText(By.id("messages"), "Created " + username).contains("Created " + username));

            JsonObject created = staffNamed(org.admin(), username);
            assertEquals(org.cityId(), created.getJsonNumber("procuratorateId").longValue());
            assertEquals("[\"HANDLER\"]", created.getJsonArray("roles").toString());
            assertTrue(created.getBoolean("mustChangePassword"));

            WebElement row = findRow(browser, username);
            row.findElement(By.cssSelector(".cl-edit")).click();
            browser.waitForAjax();
            assertEquals("Edit member of staff", browser.visible(By.id("dialogTitle")).getText());
            browser.type(By.id("edit:displayName"), "浏览器测试改");
            browser.visible(By.xpath("//div[@id='edit:roles']//label[text()='Department director']")).click();
            browser.clickAndWait(By.id("edit:save"));
            browser.waitForText(By.id("messages"), "Saved");
            JsonObject edited = staffNamed(org.admin(), username);
            assertEquals("浏览器测试改", edited.getString("displayName"));
            assertEquals("[\"DIRECTOR\",\"HANDLER\"]", sorted(edited.getJsonArray("roles")));

            findRow(browser, username).findElement(By.cssSelector(".cl-reset")).click();
            browser.waitForAjax();
            String message = browser.waitForText(By.id("messages"), "one-time password");
            Matcher oneTime = ONE_TIME.matcher(message);
            assertTrue(oneTime.find(), message);
            assertEquals(403, Api.as(username, oneTime.group(1)).get("/cases/api").statusCode(),
                    "the one-time password signs in and must be changed");

            Api wrong = Api.as(username, "Wrong#Password1");
            for (int i = 0; i < 5; i++) {
                wrong.get("/admin/api/account/me");
            }
            assertTrue(staffNamed(org.admin(), username).getBoolean("locked"));
            WebElement locked = findRow(browser, username);
            assertTrue(locked.getText().contains("Locked"), locked.getText());
            // Unlocking is the security administrator's duty (三员分立): the system administrator is not offered it.
            assertTrue(locked.findElements(By.cssSelector(".cl-unlock")).isEmpty(), locked.getText());
        }
        Fixtures.Staff security = Fixtures.staff(org.cityId(), null, null, "SECURITY_ADMIN");
        try (WebBrowser browser = WebBrowser.start()) {
            browser.login(security.username(), Fixtures.STAFF_PASSWORD);
            browser.open("/admin/staff.xhtml");
            browser.visible(By.id("staff:table"));
            findRow(browser, username).findElement(By.cssSelector(".cl-unlock")).click();
            browser.waitForAjax();
            browser.waitForText(By.id("messages"), "Unlocked " + username);
            assertFalse(findRow(browser, username).getText().contains("Locked"));
            assertFalse(staffNamed(org.admin(), username).getBoolean("locked"));
        }
    }

    @Test
    void theOrganisationFormRefusesBlankFieldsAndCreatesAProcuratorateAndADepartment() {
        Fixtures.Org org = Fixtures.organisation();
        String tag = Fixtures.unique("");
        try (WebBrowser browser = WebBrowser.start()) {
            // Only the administrators of the installation's first office open a new city office (decision 0002).
            browser.login("admin", Fixtures.ADMIN_PASSWORD);
            browser.open("/admin/organisation.xhtml");
            int before = procuratorates(org.admin()).size();

            browser.clickAndWait(By.id("org:createProcuratorate"));
            String refused = browser.waitForText(By.id("org:newProcuratorate"), "Enter a code");
            assertTrue(refused.contains("Enter a name") && refused.contains("Enter a short name"), refused);
            assertEquals(before, procuratorates(org.admin()).size(), "nothing is written");

            browser.type(By.id("org:procCode"), "P" + tag);
            browser.type(By.id("org:procName"), "浏览器市人民检察院" + tag);
            browser.type(By.id("org:procShortName"), "浏览器简称过长的名字超过二十个字符的简称啊啊");
            browser.clickAndWait(By.id("org:createProcuratorate"));
            browser.waitForText(By.id("org:newProcuratorate"), "Enter a short name of at most 20 characters");
            assertEquals(before, procuratorates(org.admin()).size(), "nothing is written");

            browser.type(By.id("org:procShortName"), "浏" + tag.substring(0, 6));
            browser.clickAndWait(By.id("org:createProcuratorate"));
            browser.waitForText(By.id("messages"), "Saved");
            assertTrue(procuratorates(org.admin()).toString().contains("\"P" + tag + "\""));

            browser.clickAndWait(By.linkText("浏览器市人民检察院" + tag));
            browser.clickAndWait(By.id("org:createDepartment"));
            browser.waitForText(By.id("org:newDepartment"), "Enter a code");
            browser.type(By.id("org:deptCode"), "B01");
            browser.type(By.id("org:deptName"), "浏览器检察部");
            browser.clickAndWait(By.id("org:createDepartment"));
            browser.waitForText(By.id("org:departments"), "浏览器检察部");
        }
    }

    private static WebElement findRow(WebBrowser browser, String username) {
        browser.open("/admin/staff.xhtml");
        browser.type(By.id("staff:filter"), username);
        browser.clickAndWait(By.id("staff:search"));
        browser.waitForText(By.id("staff:table"), username);
        return browser.visible(By.xpath("//tbody[@id='staff:table_data']/tr[td[normalize-space(.)='" + username + "']]"));
    }

    private static JsonObject staffNamed(Api admin, String username) {
        JsonArray items = Api.json(admin.get("/admin/api/staff?q=" + username)).getJsonArray("items");
        assertEquals(1, items.size(), items.toString());
        return items.getJsonObject(0);
    }

    private static String sorted(JsonArray roles) {
        return roles.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .sorted().map(r -> "\"" + r + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static JsonArray procuratorates(Api admin) {
        return (JsonArray) Api.parse(admin.get("/admin/api/organisation/procuratorates").body());
    }
}
