package org.caseloop.cases.dashboard;

import org.caseloop.cases.casefile.DeadlineStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * One in-progress case on the home page.
 *
 * @param suspects    the first two suspects' names, then "等N人" when there are more
 * @param mainCharge  the charge with the lowest code among the case's charges (a stable choice), or null
 * @param daysLeft    days to the deadline, negative when overdue; null without a deadline
 * @param provisional the deadline was counted across a year whose holidays are not entered yet (weekends only)
 */
public record DashboardItem(long id, String caseNumber, String businessType, String suspects, String mainCharge,
                            String stage, Long handlerId, String handlerName, String riskLevel, List<String> labels,
                            LocalDate deadline, Long daysLeft, DeadlineStatus urgency, boolean provisional,
                            Integer provisionalYear) {
}
