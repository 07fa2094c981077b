package org.caseloop.platform.audit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AuditFilterTest {

    @Test
    void blankTextsDoNotFilterAndTheOthersAreTrimmed() {
        AuditFilter f = new AuditFilter(null, null, "  ", "", " Case ", "LOGIN ", null);
        assertNull(f.actor());
        assertNull(f.objectType());
        assertEquals("Case", f.objectId());
        assertEquals("LOGIN", f.action());
        assertEquals(new AuditFilter(null, null, null, null, "Case", "LOGIN", null), f);
    }
}
