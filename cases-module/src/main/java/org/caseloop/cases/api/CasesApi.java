package org.caseloop.cases.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.caseloop.cases.batch.BatchResource;
import org.caseloop.cases.charges.ChargeResource;
import org.caseloop.cases.dashboard.DashboardResource;
import org.caseloop.cases.demo.GeneratedCasesResource;
import org.caseloop.cases.statistics.StatisticsResource;
import org.caseloop.cases.triage.StandardResource;
import org.caseloop.cases.deadline.DeadlineResource;
import org.caseloop.cases.web.CaseResource;
import org.caseloop.cases.web.StaffCasesResource;
import org.caseloop.platform.web.api.ApiProviders;

import java.util.Set;

/** The cases REST API, under {@code /cases/api}. */
@ApplicationPath("cases/api")
public class CasesApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return ApiProviders.with(CasesApiRoot.class, DeadlineResource.class, ChargeResource.class,
                CaseResource.class, StaffCasesResource.class, BatchResource.class, DashboardResource.class,
                StatisticsResource.class, GeneratedCasesResource.class, StandardResource.class);
    }
}
