package org.caseloop.it.platform;

import jakarta.json.Json;
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

/**
 * Administrators stay inside their procuratorate (a city administrator: the city and its districts), and
 * nobody grants a role or a scope above their own. Each refusal is a 403, audited.
 */
@ExtendWith(ArquillianExtension.class)
class AdminScopeIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    private static String newStaff(long procuratorateId, String... roles) {
        var roleArray = Json.createArrayBuilder();
        for (String r : roles) {
            roleArray.add(r);
        }
        return Json.createObjectBuilder().add("username", Fixtures.unique("s")).add("displayName", "新同事")
                .add("procuratorateId", procuratorateId).add("roles", roleArray)
                .add("initialPassword", "Initial#Pass2026x").build().toString();
    }

    private static String update(Fixtures.Staff staff, String displayName, String... roles) {
        var roleArray = Json.createArrayBuilder();
        for (String r : roles) {
            roleArray.add(r);
        }
        return Json.createObjectBuilder().add("displayName", displayName).add("roles", roleArray).build().toString();
    }

    private static String district(long cityId) {
        String tag = Fixtures.unique("");
        return Json.createObjectBuilder().add("code", "X" + tag).add("name", "新区院" + tag)
                .add("shortName", "新" + tag.substring(0, 6)).add("level", "DISTRICT").add("parentId", cityId)
                .build().toString();
    }

    @Test
    void aDistrictAdministratorIsRefusedOutsideTheirDistrict() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff districtAdmin = Fixtures.staff(org.districtId(), null, null, "ADMIN");
        Fixtures.Staff cityHandler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        Api api = districtAdmin.api();

        assertEquals(201, api.post("/admin/api/staff", newStaff(org.districtId(), "HANDLER")).statusCode());
        assertEquals(403, api.post("/admin/api/staff", newStaff(org.cityId(), "ADMIN")).statusCode());
        assertEquals(403, api.post("/admin/api/staff", newStaff(org.cityId(), "CHIEF")).statusCode());
        assertEquals(403, api.put("/admin/api/staff/" + cityHandler.id(),
                update(cityHandler, "测试" + cityHandler.username(), "CHIEF")).statusCode());
        assertEquals(403, api.get("/admin/api/staff/" + cityHandler.id()).statusCode());
        assertEquals(403, api.get("/admin/api/staff?procuratorateId=" + org.cityId()).statusCode());
        assertEquals(403, api.post("/admin/api/organisation/procuratorates/" + org.cityId() + "/departments",
                "{\"code\":\"D09\",\"name\":\"第九检察部\"}").statusCode());
        assertEquals(403, api.post("/admin/api/organisation/procuratorates", district(org.cityId())).statusCode());

        JsonObject page = Api.json(api.get("/admin/api/staff?limit=200"));
        assertTrue(page.getJsonArray("items").stream().map(JsonObject.class::cast)
                .allMatch(s -> s.getJsonNumber("procuratorateId").longValue() == org.districtId()),
                "the search lists only the district's staff");

        JsonObject refusal = SecurityIT.auditOf(Fixtures.auditor(), "actor=" + districtAdmin.username()
                + "&action=ACCESS_DENIED").getJsonObject(0);
        assertEquals("DENIED", refusal.getString("outcome"));
    }

    @Test
    void aCityAdministratorManagesTheCityAndItsDistrictsButNoOtherCity() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Org otherCity = Fixtures.organisation();
        Api cityAdmin = Fixtures.staff(org.cityId(), null, null, "ADMIN").api();

        assertEquals(201, cityAdmin.post("/admin/api/staff", newStaff(org.districtId(), "CHIEF")).statusCode());
        assertEquals(201, cityAdmin.post("/admin/api/organisation/procuratorates", district(org.cityId())).statusCode());
        assertEquals(403, cityAdmin.post("/admin/api/staff", newStaff(otherCity.districtId(), "HANDLER")).statusCode());
        assertEquals(403, cityAdmin.post("/admin/api/staff", newStaff(otherCity.cityId(), "HANDLER")).statusCode());
        assertEquals(403, cityAdmin.post("/admin/api/organisation/procuratorates", district(otherCity.cityId()))
                .statusCode());
        String tag = Fixtures.unique("");
        assertEquals(403, cityAdmin.post("/admin/api/organisation/procuratorates", Json.createObjectBuilder()
                .add("code", "N" + tag).add("name", "新市院" + tag).add("shortName", "市" + tag.substring(0, 6))
                .add("level", "CITY").build().toString()).statusCode(), "a new city office is above a city's scope");
    }

    @Test
    void nobodyGrantsARoleAboveTheirOwn() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff admin = Fixtures.staff(org.cityId(), null, null, "ADMIN");
        Fixtures.Staff security = Fixtures.staff(org.cityId(), null, null, "SECURITY_ADMIN");
        Fixtures.Staff handler = Fixtures.staff(org.cityId(), null, null, "HANDLER");

        assertEquals(403, admin.api().post("/admin/api/staff", newStaff(org.cityId(), "AUDIT_ADMIN")).statusCode());
        assertEquals(403, admin.api().put("/admin/api/staff/" + handler.id(),
                update(handler, "测试" + handler.username(), "SECURITY_ADMIN")).statusCode());
        assertEquals(403, admin.api().put("/admin/api/staff/" + admin.id(),
                update(admin, "测试" + admin.username(), "ADMIN", "CHIEF")).statusCode(), "not even one's own roles");
        assertEquals(403, security.api().put("/admin/api/staff/" + security.id(),
                update(security, "测试" + security.username(), "SECURITY_ADMIN", "AUDIT_ADMIN")).statusCode());

        HttpResponse<String> granted = security.api().put("/admin/api/staff/" + handler.id(),
                update(handler, "测试" + handler.username(), "AUDIT_ADMIN"));
        assertEquals(200, granted.statusCode(), granted.body());
        assertEquals(403, security.api().put("/admin/api/staff/" + handler.id(),
                update(handler, "改名", "AUDIT_ADMIN")).statusCode(), "staff records are the system administrator's");
    }
}
