package org.caseloop.it.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.caseloop.it.Api;
import org.caseloop.it.Database;
import org.caseloop.it.Deployments;
import org.caseloop.it.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changes are audited with their fields, the chain verifies, and a tampered record is named. */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @Test
    void creatingStaffWritesARecordWithTheFieldsBeforeAndAfter() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff staff = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER", "COMMITTEE");
        JsonArray records = SecurityIT.auditOf(Fixtures.auditor(), "objectType=StaffUser&objectId=" + staff.username());
        JsonObject created = records.stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("action").equals("USER_CREATED")).findFirst().orElseThrow();
        assertEquals("admin", created.getString("actor"));
        assertEquals("SUCCESS", created.getString("outcome"));
        String changes = created.getString("changes");
        assertTrue(changes.contains("\"roles\":{\"before\":null,\"after\":\"[HANDLER, COMMITTEE]\"}"), changes);
        assertTrue(records.stream().map(JsonObject.class::cast).anyMatch(r -> r.getString("action").equals("PASSWORD_CHANGED")));
    }

    @Test
    void theChainVerifiesAndATamperedRecordIsNamed() throws Exception {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff staff = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        JsonObject intact = Api.json(Fixtures.auditor().post("/admin/api/audit/verification", null));
        assertTrue(intact.getBoolean("intact"), intact.toString());
        assertTrue(intact.getJsonNumber("checked").longValue() > 0);

        long recordId = SecurityIT.auditOf(Fixtures.auditor(), "objectId=" + staff.username() + "&action=USER_CREATED")
                .getJsonObject(0).getJsonNumber("id").longValue();
        try (Connection db = Database.connect()) {
            String original = changesOf(db, recordId);
            update(db, recordId, original.replace("HANDLER", "CHIEF"));
            try {
                JsonObject broken = Api.json(Fixtures.auditor().post("/admin/api/audit/verification", null));
                assertFalse(broken.getBoolean("intact"));
                assertEquals(recordId, broken.getJsonNumber("firstBrokenId").longValue());
                assertTrue(broken.getString("reason").contains("altered"));
            } finally {
                update(db, recordId, original);
            }
        }
        assertTrue(Api.json(Fixtures.auditor().post("/admin/api/audit/verification", null)).getBoolean("intact"));
    }

    @Test
    void pagingByKeyWalksBackwardsWithoutOverlap() {
        Fixtures.Org org = Fixtures.organisation();
        JsonObject first = Api.json(Fixtures.auditor().get("/admin/api/audit?limit=5"));
        long next = first.getJsonNumber("nextBefore").longValue();
        JsonObject second = Api.json(Fixtures.auditor().get("/admin/api/audit?limit=5&before=" + next));
        long lastOfFirst = first.getJsonArray("items").getJsonObject(4).getJsonNumber("id").longValue();
        long firstOfSecond = second.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(next, lastOfFirst);
        assertTrue(firstOfSecond < lastOfFirst);
    }

    private static String changesOf(Connection db, long id) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("SELECT changes FROM platform_audit_record WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void update(Connection db, long id, String changes) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("UPDATE platform_audit_record SET changes = ? WHERE id = ?")) {
            ps.setString(1, changes);
            ps.setLong(2, id);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
