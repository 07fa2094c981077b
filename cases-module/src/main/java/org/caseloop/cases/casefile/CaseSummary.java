package org.caseloop.cases.casefile;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.CaseLabel;
import org.caseloop.cases.api.Complexity;

import java.time.LocalDate;
import java.util.List;

/** A case in a list: enough to find it and see its state; identity numbers masked. */
public record CaseSummary(long id, String caseNumber, BusinessType businessType, Stage stage, boolean inProgress,
                          Complexity complexity, RiskLevel riskLevel, Long handlerId, Long teamId, Long departmentId,
                          LocalDate receivedDate, LocalDate deadline, DeadlineStatus deadlineStatus,
                          List<CaseLabel> labels, List<CaseCard.SuspectView> suspects) {
}
