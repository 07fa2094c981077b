package org.caseloop.it.platform;

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

/**
 * The test server runs like production: PostgreSQL without demo data or the benchmark switch. There the
 * test-data generator does not exist.
 */
@ExtendWith(ArquillianExtension.class)
class TestDataGeneratorIT {

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @Test
    void theGeneratorIsNotPartOfTheProductionApi() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff office = Fixtures.staff(org.cityId(), null, null, "CASE_OFFICE");
        HttpResponse<String> asOffice = office.api().post("/cases/api/admin/generated-cases?count=5&seed=7", null);
        assertEquals(404, asOffice.statusCode(), asOffice.body());
        HttpResponse<String> asAdmin = org.admin().post("/cases/api/admin/generated-cases?count=5&seed=7", null);
        assertEquals(404, asAdmin.statusCode(), asAdmin.body());
        assertEquals(0, Api.json(office.api().get("/cases/api/cases")).getJsonNumber("total").longValue(),
                "no case was generated in the office's procuratorate");
    }
}
