package org.caseloop.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.caseloop.cases.api.BusinessType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configurable numbers of the case flow, with their defaults in this one place. Each can be set by a server
 * variable or an environment variable (MicroProfile Config), e.g. {@code CASELOOP_CASES_WARNING_PROSECUTION_DAYS=7}.
 */
@ApplicationScoped
public class CaseFlowSettings {

    /** Early warning before a prosecution-review deadline (local practice: 5 days). */
    @Inject
    @ConfigProperty(name = "caseloop.cases.warning.prosecution-days", defaultValue = "5")
    int prosecutionWarningDays;

    /** Early warning before an arrest-review deadline (local practice: 2 days). */
    @Inject
    @ConfigProperty(name = "caseloop.cases.warning.arrest-days", defaultValue = "2")
    int arrestWarningDays;

    /** Early warning for other lines of business, should they get a deadline. */
    @Inject
    @ConfigProperty(name = "caseloop.cases.warning.other-days", defaultValue = "5")
    int otherWarningDays;

    /** The handler's risk pre-assessment (预判风险) is due this many days after assignment. */
    @Inject
    @ConfigProperty(name = "caseloop.cases.risk.due-days", defaultValue = "3")
    int riskDueDays;

    /** Department (by code) in charge of complex arrest reviews. */
    @Inject
    @ConfigProperty(name = "caseloop.cases.department.ARREST_REVIEW", defaultValue = "D01")
    String arrestReviewDepartment;

    /** Department in charge of complex prosecution reviews (第二检察部). */
    @Inject
    @ConfigProperty(name = "caseloop.cases.department.PROSECUTION_REVIEW", defaultValue = "D02")
    String prosecutionReviewDepartment;

    /** Department in charge of criminal appeals (控告申诉检察部). */
    @Inject
    @ConfigProperty(name = "caseloop.cases.department.CRIMINAL_APPEAL", defaultValue = "D08")
    String criminalAppealDepartment;

    /** Department in charge of civil appeals. */
    @Inject
    @ConfigProperty(name = "caseloop.cases.department.CIVIL_APPEAL", defaultValue = "D08")
    String civilAppealDepartment;

    /** How long the active classification standard is reused before its version is read again. */
    @Inject
    @ConfigProperty(name = "caseloop.cases.standard-cache-seconds", defaultValue = "30")
    int standardCacheSeconds;

    public int warningDays(BusinessType type) {
        return switch (type) {
            case PROSECUTION_REVIEW -> prosecutionWarningDays;
            case ARREST_REVIEW -> arrestWarningDays;
            default -> otherWarningDays;
        };
    }

    public String departmentCode(BusinessType type) {
        return switch (type) {
            case ARREST_REVIEW -> arrestReviewDepartment;
            case PROSECUTION_REVIEW -> prosecutionReviewDepartment;
            case CRIMINAL_APPEAL -> criminalAppealDepartment;
            case CIVIL_APPEAL -> civilAppealDepartment;
        };
    }

    public int riskDueDays() {
        return riskDueDays;
    }

    public int standardCacheSeconds() {
        return standardCacheSeconds;
    }
}
