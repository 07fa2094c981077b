package org.caseloop.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Test data through the public API, so every test makes its own: the administrator's first login,
 * organisation units with unique codes, and staff with chosen roles whose password is already changed.
 */
public final class Fixtures {

    /** What CI sets as CASELOOP_ADMIN_INITIAL_PASSWORD (scripts/test.sh), for admin, security and auditor. */
    public static final String ADMIN_INITIAL = System.getenv().getOrDefault("CASELOOP_ADMIN_INITIAL_PASSWORD",
            "Initial#Boot2026x");
    public static final String ADMIN_PASSWORD = "It#Boss-2026-ok";
    public static final String STAFF_PASSWORD = "It#Staff-2026-ok";

    private Fixtures() {
    }

    /** The system administrator, after the first-login password change the system demands. */
    public static Api admin() {
        return initialAccount("admin");
    }

    /** The security administrator (roles, locks), created at installation beside the system administrator. */
    public static Api security() {
        return initialAccount("security");
    }

    /** The audit administrator, the only one who reads and verifies the audit trail. */
    public static Api auditor() {
        return initialAccount("auditor");
    }

    private static Api initialAccount(String username) {
        Api account = Api.as(username, ADMIN_PASSWORD);
        if (account.get("/admin/api/account/me").statusCode() == 200) {
            return account;
        }
        HttpResponse<String> changed = Api.as(username, ADMIN_INITIAL).post("/admin/api/account/password",
                Json.createObjectBuilder().add("currentPassword", ADMIN_INITIAL).add("newPassword", ADMIN_PASSWORD)
                        .build().toString());
        if (changed.statusCode() != 204) {
            throw new IllegalStateException("Cannot set up " + username + ": " + changed.statusCode() + " " + changed.body());
        }
        return account;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A fresh city procuratorate with one district office, each with two departments and a fast-trial team. */
    public static Org organisation() {
        Api admin = admin();
        String tag = unique("");
        JsonObject city = created(admin.post("/admin/api/organisation/procuratorates", Json.createObjectBuilder()
                .add("code", "C" + tag).add("name", "测试市人民检察院" + tag).add("shortName", "测" + tag.substring(0, 6))
                .add("level", "CITY").build().toString()));
        JsonObject district = created(admin.post("/admin/api/organisation/procuratorates", Json.createObjectBuilder()
                .add("code", "D" + tag).add("name", "测试区人民检察院" + tag).add("shortName", "区" + tag.substring(0, 6))
                .add("level", "DISTRICT").add("parentId", city.getJsonNumber("id").longValue()).build().toString()));
        long cityId = city.getJsonNumber("id").longValue();
        long districtId = district.getJsonNumber("id").longValue();
        return new Org(admin, cityId, department(admin, cityId, "D01", "第一检察部"),
                department(admin, cityId, "D02", "第二检察部"), districtId,
                department(admin, districtId, "D01", "第一检察部"));
    }

    private static long department(Api admin, long procuratorateId, String code, String name) {
        return created(admin.post("/admin/api/organisation/procuratorates/" + procuratorateId + "/departments",
                Json.createObjectBuilder().add("code", code).add("name", name).build().toString()))
                .getJsonNumber("id").longValue();
    }

    public static long team(Api admin, long departmentId, String name, boolean fastTrial, String... businessTypes) {
        JsonArrayBuilder types = Json.createArrayBuilder();
        for (String t : businessTypes) {
            types.add(t);
        }
        return created(admin.post("/admin/api/organisation/departments/" + departmentId + "/teams",
                Json.createObjectBuilder().add("name", name).add("fastTrial", fastTrial).add("businessTypes", types)
                        .build().toString())).getJsonNumber("id").longValue();
    }

    /**
     * A member of staff who has already replaced the initial password with {@link #STAFF_PASSWORD}; created by
     * the security administrator when a security or audit role is asked for (only they may grant those).
     */
    public static Staff staff(long procuratorateId, Long departmentId, Long teamId, String... roles) {
        boolean adminRoles = java.util.Arrays.stream(roles).anyMatch(r -> r.equals("SECURITY_ADMIN")
                || r.equals("AUDIT_ADMIN"));
        return staffBy(adminRoles ? security() : admin(), procuratorateId, departmentId, teamId, roles);
    }

    /** A member of staff created by the given administrator. */
    public static Staff staffBy(Api admin, long procuratorateId, Long departmentId, Long teamId, String... roles) {
        String username = unique("u");
        String initial = "Initial#Pass2026x";
        JsonArrayBuilder roleArray = Json.createArrayBuilder();
        for (String r : roles) {
            roleArray.add(r);
        }
        var body = Json.createObjectBuilder().add("username", username).add("displayName", "测试" + username)
                .add("procuratorateId", procuratorateId).add("roles", roleArray).add("initialPassword", initial);
        if (departmentId != null) {
            body.add("departmentId", departmentId);
        }
        if (teamId != null) {
            body.add("teamId", teamId);
        }
        JsonObject created = created(admin.post("/admin/api/staff", body.build().toString()));
        HttpResponse<String> changed = Api.as(username, initial).post("/admin/api/account/password",
                Json.createObjectBuilder().add("currentPassword", initial).add("newPassword", STAFF_PASSWORD)
                        .build().toString());
        if (changed.statusCode() != 204) {
            throw new IllegalStateException("Password change failed: " + changed.statusCode() + " " + changed.body());
        }
        return new Staff(created.getJsonNumber("id").longValue(), username, Api.as(username, STAFF_PASSWORD));
    }

    public static JsonObject created(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Expected 201, got " + response.statusCode() + ": " + response.body());
        }
        return Api.json(response);
    }

    /** The organisation a test works in. */
    public record Org(Api admin, long cityId, long cityFirstDepartment, long citySecondDepartment, long districtId,
                      long districtFirstDepartment) {
    }

    /** A member of staff and an API client signed in as them. */
    public record Staff(long id, String username, Api api) {
    }
}
