package org.caseloop.cases.deadline;

import org.caseloop.cases.deadline.HolidayNoticeParser.NoticeDay;
import org.caseloop.cases.deadline.HolidayNoticeParser.ParsedNotice;
import org.caseloop.cases.deadline.HolidayNoticeParser.UnreadableNoticeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolidayNoticeParserTest {

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void aPublishedNoticeGivesExactlyTheShippedCalendar(int year) throws IOException {
        ParsedNotice notice = HolidayNoticeParser.parse(year, notice(year));

        List<NoticeDay> shipped = ShippedCalendar.days().stream().filter(d -> d.year() == year)
                .map(d -> new NoticeDay(d.date(), d.type(), d.name()))
                .sorted((a, b) -> a.date().compareTo(b.date())).toList();
        assertEquals(shipped, notice.days());
        assertEquals("国务院办公厅关于" + year + "年部分节假日安排的通知", notice.source());
        assertTrue(notice.outsideYear().isEmpty());
    }

    @Test
    void theSectionsAloneAreEnough() {
        ParsedNotice notice = HolidayNoticeParser.parse(2026,
                "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。");
        assertEquals(List.of(
                new NoticeDay(LocalDate.parse("2026-01-01"), CalendarDayType.HOLIDAY, "元旦"),
                new NoticeDay(LocalDate.parse("2026-01-02"), CalendarDayType.HOLIDAY, "元旦"),
                new NoticeDay(LocalDate.parse("2026-01-03"), CalendarDayType.HOLIDAY, "元旦"),
                new NoticeDay(LocalDate.parse("2026-01-04"), CalendarDayType.WORKDAY, "元旦调休上班")), notice.days());
    }

    @Test
    void aLineThatIsNeitherASectionNorAFixedPartIsRefusedWithItsNumber() throws IOException {
        String text = notice(2026).replace("三、清明节", "另行通知清明节安排\n三、清明节");
        UnreadableNoticeException e = assertThrows(UnreadableNoticeException.class,
                () -> HolidayNoticeParser.parse(2026, text));
        assertEquals("unknownLine", e.code());
        assertEquals("另行通知清明节安排", e.line());
        assertEquals(8, e.lineNumber());
    }

    @Test
    void aSentenceInASectionThatIsNotUnderstoodIsRefused() {
        UnreadableNoticeException e = assertThrows(UnreadableNoticeException.class,
                () -> HolidayNoticeParser.parse(2026, "三、清明节：4月4日（周六）至6日（周一）放假，具体另行通知。"));
        assertEquals("unknownSentence", e.code());
    }

    @Test
    void aNoticePastedUnderTheWrongYearIsCaughtByItsWeekdays() {
        UnreadableNoticeException e = assertThrows(UnreadableNoticeException.class,
                () -> HolidayNoticeParser.parse(2027, "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。"));
        assertEquals("weekdayDiffers", e.code());
    }

    @Test
    void aTitleOfAnotherYearIsRefused() throws IOException {
        UnreadableNoticeException e = assertThrows(UnreadableNoticeException.class,
                () -> HolidayNoticeParser.parse(2027, notice(2026)));
        assertEquals("otherYear", e.code());
        assertEquals(1, e.lineNumber());
    }

    @Test
    void aStatedCountThatDiffersFromTheRangeIsRefused() {
        UnreadableNoticeException e = assertThrows(UnreadableNoticeException.class,
                () -> HolidayNoticeParser.parse(2026, "四、劳动节：5月1日（周五）至5日（周二）放假调休，共4天。"));
        assertEquals("countDiffers", e.code());
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayIsRefused() {
        UnreadableNoticeException e = assertThrows(UnreadableNoticeException.class,
                () -> HolidayNoticeParser.parse(2026, "四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月8日上班。"));
        assertEquals("workdayNotWeekend", e.code());
    }

    @Test
    void aNewYearHolidayFromTheLastDayOfThePreviousYearKeepsOnlyThisYearsDays() {
        ParsedNotice notice = HolidayNoticeParser.parse(2023,
                "一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。");
        assertEquals(List.of(LocalDate.parse("2022-12-31")), notice.outsideYear());
        assertEquals(2, notice.days().size());
    }

    @Test
    void anEmptyPasteIsRefused() {
        assertEquals("empty", assertThrows(UnreadableNoticeException.class,
                () -> HolidayNoticeParser.parse(2027, "  \n ")).code());
        assertEquals("noSection", assertThrows(UnreadableNoticeException.class,
                () -> HolidayNoticeParser.parse(2027, "国务院办公厅")).code());
    }

    static String notice(int year) throws IOException {
        try (InputStream in = HolidayNoticeParserTest.class.getResourceAsStream("notice-" + year + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
