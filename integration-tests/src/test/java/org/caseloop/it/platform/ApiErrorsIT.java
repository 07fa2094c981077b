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

/** Bad input gets a clear problem+json answer (400/404/409/422), never a 500, and changes nothing. */
@ExtendWith(ArquillianExtension.class)
class ApiErrorsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }


    @Test
    void malformedJsonIs400() {
        Fixtures.Org org = Fixtures.organisation();
        JsonObject p = Api.problem(org.admin().post("/admin/api/staff", "{\"username\": \"x\""), 400);
        assertTrue(p.getString("detail").contains("JSON"));
    }

    @Test
    void anUnknownFieldIs400() {
        Fixtures.Org org = Fixtures.organisation();
        String body = "{\"username\":\"" + Fixtures.unique("x") + "\",\"displayName\":\"某\",\"procuratorateId\":"
                + org.cityId() + ",\"roles\":[\"HANDLER\"],\"initialPassword\":\"Good#Passw0rd\",\"colour\":\"red\"}";
        Api.problem(org.admin().post("/admin/api/staff", body), 400);
    }

    @Test
    void validationFailuresAre422WithEachViolationNamed() {
        Fixtures.Org org = Fixtures.organisation();
        String body = "{\"username\":\"Bad Name\",\"displayName\":\"\",\"procuratorateId\":" + org.cityId()
                + ",\"roles\":[],\"initialPassword\":\"Good#Passw0rd\"}";
        JsonObject p = Api.problem(org.admin().post("/admin/api/staff", body), 422);
        String violations = p.getJsonArray("violations").toString();
        assertTrue(violations.contains("username"), violations);
        assertTrue(violations.contains("displayName"), violations);
        assertTrue(violations.contains("roles"), violations);
    }

    @Test
    void aWeakPasswordIs422WithThePolicyRules() {
        Fixtures.Org org = Fixtures.organisation();
        String body = "{\"username\":\"" + Fixtures.unique("w") + "\",\"displayName\":\"某\",\"procuratorateId\":"
                + org.cityId() + ",\"roles\":[\"HANDLER\"],\"initialPassword\":\"short\"}";
        JsonObject p = Api.problem(org.admin().post("/admin/api/staff", body), 422);
        assertEquals(2, p.getJsonArray("violations").size());
    }

    @Test
    void aTakenUserNameIs409AndTheFirstStaysAsItWas() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff first = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        String body = "{\"username\":\"" + first.username() + "\",\"displayName\":\"冒名\",\"procuratorateId\":"
                + org.districtId() + ",\"roles\":[\"ADMIN\"],\"initialPassword\":\"Good#Passw0rd\"}";
        Api.problem(org.admin().post("/admin/api/staff", body), 409);
        JsonObject unchanged = Api.json(org.admin().get("/admin/api/staff/" + first.id()));
        assertEquals(org.cityId(), unchanged.getJsonNumber("procuratorateId").longValue());
        assertEquals("[\"HANDLER\"]", unchanged.getJsonArray("roles").toString());
    }

    @Test
    void aBadQueryParameterIs400AndAnUnknownPath404() {
        Api auditor = Fixtures.auditor();
        Api.problem(auditor.get("/admin/api/audit?limit=abc"), 400);
        Api.problem(auditor.get("/admin/api/audit?limit=100000"), 400);
        Api.problem(auditor.get("/admin/api/audit?from=yesterday"), 400);
        Api.problem(auditor.get("/admin/api/no-such-thing"), 404);
    }
}
