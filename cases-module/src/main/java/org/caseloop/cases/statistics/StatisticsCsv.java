package org.caseloop.cases.statistics;

import org.caseloop.platform.web.CsvField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The statistics as CSV for Excel: a UTF-8 byte-order mark first (without it Excel reads the Chinese
 * names as mojibake), CRLF line ends, fields as {@link CsvField} writes them (quoted when they need it,
 * formulas neutralised).
 */
public final class StatisticsCsv {

    /** The stages of an open case, in the order of the flow; a column each. */
    static final List<String> OPEN_STAGES = List.of("RECEIVED", "ASSIGNED", "UNDER_REVIEW",
            "SUPPLEMENTARY_INVESTIGATION", "PENDING_DECISION");
    static final String BOM = "\uFEFF";

    private StatisticsCsv() {
    }

    /** @param text looks up a header text by its key in the cases bundle, in the reader's language */
    public static String write(StatisticsReport report, Function<String, String> text) {
        StringBuilder out = new StringBuilder(BOM);
        List<String> header = new ArrayList<>(List.of(text.apply("statistics.procuratorate"),
                text.apply(report.groupBy() == GroupBy.TEAM ? "statistics.team" : "statistics.department"),
                text.apply("statistics.received"), text.apply("statistics.fastTrial"),
                text.apply("statistics.fastTrialPercent"), text.apply("statistics.simpleDecided"),
                text.apply("statistics.simpleAverageDays"), text.apply("statistics.complexDecided"),
                text.apply("statistics.complexAverageDays"), text.apply("statistics.open")));
        OPEN_STAGES.forEach(stage -> header.add(text.apply("stage." + stage)));
        header.add(text.apply("statistics.overdue"));
        header.add(text.apply("statistics.provisional"));
        line(out, header);
        for (StatisticsRow row : report.rows()) {
            line(out, fields(row, row.procuratorateName(),
                    row.groupName() != null ? row.groupName() : text.apply("statistics.unassigned")));
        }
        line(out, fields(report.total(), text.apply("statistics.total"), ""));
        return out.toString();
    }

    private static List<String> fields(StatisticsRow row, String first, String second) {
        List<String> f = new ArrayList<>(List.of(nullToEmpty(first), nullToEmpty(second),
                Long.toString(row.received()), Long.toString(row.fastTrial()), decimal(row.fastTrialPercent()),
                Long.toString(row.simpleDecided()), decimal(row.simpleAverageDays()),
                Long.toString(row.complexDecided()), decimal(row.complexAverageDays()), Long.toString(row.open())));
        OPEN_STAGES.forEach(stage -> f.add(Long.toString(row.openByStage().getOrDefault(stage, 0L))));
        f.add(Long.toString(row.overdue()));
        f.add(Long.toString(row.provisional()));
        return f;
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(CsvField.of(fields.get(i)));
        }
        out.append("\r\n");
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
