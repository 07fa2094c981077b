package org.caseloop.it.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CSRF: another site can make a signed-in browser POST only a form (url-encoded or multipart) or text/plain,
 * with the session cookie. Every state-changing REST endpoint consumes JSON alone and refuses those with 415.
 */
@ExtendWith(ArquillianExtension.class)
class RequestForgeryIT {

    /** What a cross-site form or a "simple" cross-site request can send, with a body of its kind. */
    private static final Map<String, String> FORGEABLE = Map.of(
            "application/x-www-form-urlencoded", "count=1",
            "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n",
            "text/plain", "{}");

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @Test
    void theThreeBodilessEndpointsRefuseAForgedPostWithTheSessionCookie() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff handler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        Api admin = signedIn("admin", Fixtures::admin);
        // Only the audit administrator verifies the audit trail: the forged request is tried with that session.
        Api auditor = signedIn("auditor", Fixtures::auditor);
        Map<String, Api> sessions = Map.of("/cases/api/admin/generated-cases?count=1", admin,
                "/cases/api/prosecutors/" + handler.id() + "/open-cases/reassignment", admin,
                "/admin/api/audit/verification", auditor);
        sessions.forEach((path, session) -> {
            for (Map.Entry<String, String> forged : FORGEABLE.entrySet()) {
                HttpResponse<String> response = session.send("POST", path, forged.getKey(), forged.getValue());
                assertEquals(415, response.statusCode(), path + " as " + forged.getKey() + ": " + response.body());
            }
        });
        HttpResponse<String> json = auditor.send("POST", "/admin/api/audit/verification", "application/json", "");
        assertEquals(200, json.statusCode(), "the same session with JSON is let in: " + json.body());
    }

    @Test
    void noStateChangingOperationOfTheApiTakesAForgeableBody() {
        JsonObject paths = Api.json(Api.anonymous().get("/openapi?format=JSON")).getJsonObject("paths");
        Api session = signedIn("admin", Fixtures::admin);
        List<String> accepted = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "1");
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (!List.of("post", "put", "patch").contains(method)) {
                    continue;
                }
                operations++;
                for (Map.Entry<String, String> forged : FORGEABLE.entrySet()) {
                    HttpResponse<String> r = session.send(method.toUpperCase(), concrete, forged.getKey(), forged.getValue());
                    if (r.statusCode() != 415) {
                        accepted.add(method + " " + path.getKey() + " as " + forged.getKey() + ": " + r.statusCode());
                    }
                }
            }
        }
        assertTrue(operations > 10, "only " + operations + " state-changing operations in /openapi");
        assertEquals(List.of(), accepted);
    }

    /** A browser session of one of the installation's administrators, past the first-login password change. */
    private static Api signedIn(String username, Runnable initialPasswordChanged) {
        initialPasswordChanged.run();
        Browser browser = new Browser();
        HttpResponse<String> login = browser.login(username, Fixtures.ADMIN_PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        return browser.api();
    }
}
