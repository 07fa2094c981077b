package org.caseloop.cases.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one group (a department, a team, or everything), accumulated from aggregated rows.
 * The arithmetic lives here, in Java, so that it is the same on PostgreSQL and H2: the databases only
 * count and group; the days between receipt and decision are computed from the (date, date, count) rows.
 */
public final class Figures {

    private long received;
    private long fastTrial;
    private long simpleDecided;
    private long simpleDays;
    private long complexDecided;
    private long complexDays;
    private long overdue;
    private long provisional;
    private final Map<String, Long> openByStage = new TreeMap<>();

    /** {@code count} cases received in the period, handled by a fast-trial team or not. */
    public void addReceived(long count, boolean byFastTrialTeam) {
        received += count;
        if (byFastTrialTeam) {
            fastTrial += count;
        }
    }

    /**
     * {@code count} decided cases of one complexity received on {@code received} and decided on {@code decided};
     * the review took the days between the two dates.
     */
    public void addDecided(String complexity, LocalDate receivedOn, LocalDate decidedOn, long count) {
        long days = ChronoUnit.DAYS.between(receivedOn, decidedOn) * count;
        if ("SIMPLE".equals(complexity)) {
            simpleDecided += count;
            simpleDays += days;
        } else if ("COMPLEX".equals(complexity)) {
            complexDecided += count;
            complexDays += days;
        }
    }

    /**
     * {@code count} cases still open in a stage, {@code overdueCount} of them past their deadline and
     * {@code provisionalCount} with a provisional deadline (a year's holidays not entered yet).
     */
    public void addOpen(String stage, long count, long overdueCount, long provisionalCount) {
        openByStage.merge(stage, count, Long::sum);
        overdue += overdueCount;
        provisional += provisionalCount;
    }

    public void addAll(Figures other) {
        received += other.received;
        fastTrial += other.fastTrial;
        simpleDecided += other.simpleDecided;
        simpleDays += other.simpleDays;
        complexDecided += other.complexDecided;
        complexDays += other.complexDays;
        overdue += other.overdue;
        provisional += other.provisional;
        other.openByStage.forEach((stage, n) -> openByStage.merge(stage, n, Long::sum));
    }

    public long received() {
        return received;
    }

    public long fastTrial() {
        return fastTrial;
    }

    /** Share of the period's cases handled by fast-trial teams, in percent with one decimal; null without cases. */
    public BigDecimal fastTrialPercent() {
        return received == 0 ? null : BigDecimal.valueOf(fastTrial * 100L)
                .divide(BigDecimal.valueOf(received), 1, RoundingMode.HALF_UP);
    }

    public long simpleDecided() {
        return simpleDecided;
    }

    /** Average review days of decided simple cases, one decimal; null when none was decided. */
    public BigDecimal simpleAverageDays() {
        return average(simpleDays, simpleDecided);
    }

    public long complexDecided() {
        return complexDecided;
    }

    public BigDecimal complexAverageDays() {
        return average(complexDays, complexDecided);
    }

    public Map<String, Long> openByStage() {
        return Map.copyOf(openByStage);
    }

    public long open() {
        return openByStage.values().stream().mapToLong(Long::longValue).sum();
    }

    public long overdue() {
        return overdue;
    }

    public long provisional() {
        return provisional;
    }

    static BigDecimal average(long sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
