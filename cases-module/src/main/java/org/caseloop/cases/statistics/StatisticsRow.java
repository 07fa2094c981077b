package org.caseloop.cases.statistics;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of one group. {@code groupId} is a department or team id (null for cases not yet given to
 * one, and for the total row).
 *
 * @param fastTrialPercent   share of the received cases handled by fast-trial teams (快审团队), in percent
 * @param simpleAverageDays  average days from receipt to decision of decided simple cases (简案)
 * @param complexAverageDays the same for complex cases
 * @param openByStage        cases still in progress, per stage
 * @param overdue            cases in progress past their deadline
 * @param provisional        cases in progress whose deadline is provisional (a year's holidays not entered yet)
 */
public record StatisticsRow(Long procuratorateId, String procuratorateName, Long groupId, String groupName,
                            long received, long fastTrial, BigDecimal fastTrialPercent, long simpleDecided,
                            BigDecimal simpleAverageDays, long complexDecided, BigDecimal complexAverageDays,
                            long open, Map<String, Long> openByStage, long overdue,
                            long provisional) {

    static StatisticsRow of(Long procuratorateId, String procuratorateName, Long groupId, String groupName, Figures f) {
        return new StatisticsRow(procuratorateId, procuratorateName, groupId, groupName, f.received(), f.fastTrial(),
                f.fastTrialPercent(), f.simpleDecided(), f.simpleAverageDays(), f.complexDecided(),
                f.complexAverageDays(), f.open(), f.openByStage(), f.overdue(), f.provisional());
    }
}
