package org.caseloop.cases.charges;

import org.caseloop.cases.charges.CatalogueMigration.Row;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChargeCatalogueMigrationTest {

    private final List<Row> rows = CatalogueMigration.rows();
    private final Map<String, Row> byName = rows.stream().collect(Collectors.toMap(Row::name, Function.identity(),
            (a, b) -> a));

    @Test
    void everyInsertedRowIsParsed() {
        long valueLines = CatalogueMigration.text().lines().filter(l -> l.startsWith("(")).count();
        assertEquals(valueLines, rows.size());
    }

    @Test
    void catalogueCoversTheWholeSpecialPart() {
        assertTrue(rows.size() >= 450, "only " + rows.size() + " charges");
        Set<Integer> chapters = rows.stream().map(Row::chapter).collect(Collectors.toSet());
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), chapters);
    }

    @Test
    void idsCodesAndNamesAreUnique() {
        assertEquals(rows.size(), rows.stream().map(Row::id).distinct().count(), "ids");
        assertEquals(rows.size(), rows.stream().map(Row::code).distinct().count(), "codes");
        assertEquals(rows.size(), byName.size(), "names");
    }

    @Test
    void everyNameIsAChargeName() {
        assertAll(rows.stream().map(r -> () -> assertTrue(r.name().endsWith("罪"), r.name())));
    }

    @Test
    void codesFollowTheChapterAndOrdinalScheme() {
        Set<String> seen = new HashSet<>();
        for (Row r : rows) {
            assertTrue(r.code().matches("C\\d{5}"), r.code());
            assertEquals(r.chapter(), Integer.parseInt(r.code().substring(1, 3)), r.code());
            seen.add(r.code());
        }
        // Ordinals run without gaps from 001 within each chapter.
        rows.stream().collect(Collectors.groupingBy(Row::chapter, Collectors.counting())).forEach((chapter, count) -> {
            for (int ordinal = 1; ordinal <= count; ordinal++) {
                assertTrue(seen.contains("C%02d%03d".formatted(chapter, ordinal)), chapter + "/" + ordinal);
            }
        });
    }

    @Test
    void onlyChaptersThreeAndSixHaveSections() {
        for (Row r : rows) {
            switch (r.chapter()) {
                case 3 -> assertTrue(r.section() != null && r.section() >= 1 && r.section() <= 8, r.name());
                case 6 -> assertTrue(r.section() != null && r.section() >= 1 && r.section() <= 9, r.name());
                default -> assertNull(r.section(), r.name());
            }
        }
    }

    @Test
    void derelictionIsExactlyChapterNine() {
        assertAll(rows.stream().map(r -> () -> assertEquals(r.chapter() == 9, r.dereliction(), r.name())));
    }

    @Test
    void articlesAreWrittenTheChineseWay() {
        assertAll(rows.stream().map(r -> () -> assertTrue(
                r.article().matches("第[一二三四五六七八九十百零]+条(之[一二三四五六])?") || r.article().startsWith("《"),
                r.name() + " " + r.article())));
    }

    @Test
    void knownChargesSitInTheirChapters() {
        assertCharge("危险驾驶罪", 2, null, false, "第一百三十三条之一");
        assertCharge("交通肇事罪", 2, null, true, "第一百三十三条");
        assertCharge("盗窃罪", 5, null, false, "第二百六十四条");
        assertCharge("故意伤害罪", 4, null, false, "第二百三十四条");
        assertCharge("过失致人死亡罪", 4, null, true, "第二百三十三条");
        assertCharge("帮助信息网络犯罪活动罪", 6, 1, false, "第二百八十七条之二");
        assertCharge("走私普通货物、物品罪", 3, 2, false, "第一百五十三条");
        assertCharge("信用卡诈骗罪", 3, 5, false, "第一百九十六条");
        assertCharge("非法持有毒品罪", 6, 7, false, "第三百四十八条");
        assertCharge("受贿罪", 8, null, false, "第三百八十五条");
        assertCharge("投降罪", 10, null, false, "第四百二十三条");
        Row neglect = byName.get("玩忽职守罪");
        assertNotNull(neglect);
        assertEquals(9, neglect.chapter());
        assertTrue(neglect.dereliction());
        assertTrue(neglect.negligent());
        assertFalse(byName.get("滥用职权罪").negligent());
    }

    private void assertCharge(String name, int chapter, Integer section, boolean negligent, String article) {
        Row row = byName.get(name);
        assertNotNull(row, name + " missing");
        assertEquals(chapter, row.chapter(), name);
        assertEquals(section, row.section(), name);
        assertEquals(negligent, row.negligent(), name);
        assertEquals(article, row.article(), name);
    }
}
