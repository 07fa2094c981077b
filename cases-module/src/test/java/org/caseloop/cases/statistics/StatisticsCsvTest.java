package org.caseloop.cases.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatisticsCsvTest {

    @Test
    void startsWithAByteOrderMarkSoThatExcelReadsChinese() {
        Figures f = new Figures();
        f.addReceived(3, true);
        f.addOpen("UNDER_REVIEW", 2, 1, 1);
        StatisticsRow row = StatisticsRow.of(1L, "威海市人民检察院", 10L, "第一检察部, 快审", f);
        StatisticsReport report = new StatisticsReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 25),
                GroupBy.DEPARTMENT, List.of(row), StatisticsRow.of(null, null, null, null, f));
        String csv = StatisticsCsv.write(report, key -> key);
        assertTrue(csv.startsWith("\uFEFFstatistics.procuratorate,statistics.department,"), csv);
        String[] lines = csv.split("\r\n");
        assertEquals(3, lines.length);
        assertEquals("威海市人民检察院,\"第一检察部, 快审\",3,3,100.0,0,,0,,2,0,0,2,0,0,1,1", lines[1]);
        assertEquals("statistics.total,,3,3,100.0,0,,0,,2,0,0,2,0,0,1,1", lines[2]);
    }

    @Test
    void aNameThatLooksLikeAFormulaIsExportedAsText() {
        Figures f = new Figures();
        f.addReceived(1, false);
        StatisticsRow row = StatisticsRow.of(1L, "=cmd|' /C calc'!A0", 10L, "@SUM(A1)", f);
        StatisticsReport report = new StatisticsReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 25),
                GroupBy.DEPARTMENT, List.of(row), StatisticsRow.of(null, null, null, null, f));
        String[] lines = StatisticsCsv.write(report, key -> key).split("\r\n");
        assertTrue(lines[1].startsWith("'=cmd|' /C calc'!A0,'@SUM(A1),1,"), lines[1]);
    }
}
