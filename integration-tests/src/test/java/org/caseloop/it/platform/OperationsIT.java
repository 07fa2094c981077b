package org.caseloop.it.platform;

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

/** Health, the API description and each module's health-checked API root. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @Test
    void readinessChecksTheDatabaseAndEveryModule() {
        HttpResponse<String> response = Api.anonymous().get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        String body = response.body();
        assertTrue(body.contains("\"name\":\"database\""), body);
        assertTrue(body.contains("PostgreSQL"), body);
        for (String module : new String[] {"cases-api", "review-api", "petitions-api"}) {
            assertTrue(body.contains("\"name\":\"" + module + "\""), module);
        }
    }

    @Test
    void everyModuleAnswersAtItsApiRoot() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff chief = Fixtures.staff(org.cityId(), null, null, "CHIEF");
        for (String module : new String[] {"cases", "review", "petitions"}) {
            HttpResponse<String> response = chief.api().get("/" + module + "/api");
            assertEquals(200, response.statusCode(), module + ": " + response.body());
            JsonObject status = Api.json(response);
            assertEquals(module, status.getString("module"));
            assertEquals("UP", status.getString("status"));
        }
    }

    @Test
    void theOpenApiDocumentListsTheEndpointsOfEveryModule() {
        HttpResponse<String> response = Api.anonymous().get("/openapi?format=JSON");
        assertEquals(200, response.statusCode());
        String doc = response.body();
        for (String path : new String[] {"/admin/api/audit", "/admin/api/audit/verification", "/admin/api/staff",
                "/cases/api/calendar/deadline", "/cases/api/charges", "/review/api", "/petitions/api"}) {
            assertTrue(doc.contains("\"" + path + "\""), path + " missing from the OpenAPI document");
        }
    }
}
