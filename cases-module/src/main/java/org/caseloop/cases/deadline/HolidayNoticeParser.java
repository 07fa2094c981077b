package org.caseloop.cases.deadline;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the State Council's yearly holiday notice (国务院办公厅关于某年部分节假日安排的通知) as published, pasted by an
 * administrator, into the days off and make-up working days of one year. Every line must be understood: a section
 * ("一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。"), or one of the notice's fixed parts
 * (title, document number, addressees, preamble, closing, signature, date). What it cannot read is refused with the
 * line, never skipped; the weekdays and day counts the notice states are checked against the calendar, which also
 * catches a notice pasted under the wrong year.
 */
public final class HolidayNoticeParser {

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final Pattern SECTION = Pattern.compile("^[" + NUMERALS + "]+、([^：]+)：(.+)$");
    private static final Pattern TITLE = Pattern.compile("关于(\\d{4})年部分节假日安排的通知$");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("^国办发(明电)?〔\\d{4}〕\\d+号$");
    private static final Pattern SIGNED_ON = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");
    /** A day as the notice writes it: 2026年1月1日, 1月1日 or (after 至) 3日, each with an optional （周四） note. */
    private static final String DAY = "(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:（([^）]*)）)?";
    private static final Pattern DAYS_OFF = Pattern.compile("^" + DAY + "(?:至" + DAY + ")?放假(?:调休)?(?:(\\d+)天)?$");
    private static final Pattern WORKDAY = Pattern.compile(DAY);
    private static final Pattern COUNT = Pattern.compile("^共(\\d+)天$");
    private static final Pattern WEEKDAY = Pattern.compile("(?:周|星期)([一二三四五六日天])");
    private static final String WEEKDAYS = "一二三四五六日";

    private HolidayNoticeParser() {
    }

    /** One day the notice names. */
    public record NoticeDay(LocalDate date, CalendarDayType type, String name) implements java.io.Serializable {
    }

    /**
     * What the notice says for {@code year}.
     *
     * @param source      the notice's title, or the usual title when the paste has none
     * @param outsideYear days the notice names in a neighbouring year (a New Year holiday from 31 December), which
     *                    belong to that year's calendar and are left out here
     */
    public record ParsedNotice(int year, String source, List<NoticeDay> days, List<LocalDate> outsideYear)
            implements java.io.Serializable {

        public long holidays() {
            return days.stream().filter(d -> d.type() == CalendarDayType.HOLIDAY).count();
        }

        public long makeUpWorkdays() {
            return days.size() - holidays();
        }
    }

    /** A line the parser cannot read, with a message code of the cases bundle ({@code calendar.notice.<code>}). */
    public static final class UnreadableNoticeException extends IllegalArgumentException {

        private final int lineNumber;
        private final String line;
        private final String code;
        private final transient Object[] arguments;

        UnreadableNoticeException(int lineNumber, String line, String code, Object... arguments) {
            super("Line " + lineNumber + " of the notice cannot be read (" + code + "): " + line);
            this.lineNumber = lineNumber;
            this.line = line;
            this.code = code;
            this.arguments = arguments.clone();
        }

        public int lineNumber() { return lineNumber; }
        public String line() { return line; }
        public String code() { return code; }
        public Object[] arguments() { return arguments.clone(); }
    }

    public static ParsedNotice parse(int year, String text) {
        if (text == null || text.isBlank()) {
            throw new UnreadableNoticeException(0, "", "empty");
        }
        String source = null;
        Map<LocalDate, NoticeDay> days = new LinkedHashMap<>();
        List<LocalDate> outside = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = normalise(lines[i]);
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                section(year, number, lines[i].strip(), section.group(1), section.group(2), days, outside);
                continue;
            }
            Matcher title = TITLE.matcher(line);
            if (title.find()) {
                if (Integer.parseInt(title.group(1)) != year) {
                    throw new UnreadableNoticeException(number, lines[i].strip(), "otherYear", title.group(1), year);
                }
                source = line;
                continue;
            }
            if (!isFixedPart(line)) {
                throw new UnreadableNoticeException(number, lines[i].strip(), "unknownLine");
            }
        }
        if (days.isEmpty()) {
            throw new UnreadableNoticeException(0, "", "noSection");
        }
        List<NoticeDay> sorted = new ArrayList<>(days.values());
        sorted.sort((a, b) -> a.date().compareTo(b.date()));
        return new ParsedNotice(year, source != null ? source : "国务院办公厅关于" + year + "年部分节假日安排的通知",
                List.copyOf(sorted), List.copyOf(outside));
    }

    /** The notice's parts that name no day: document number, addressees, preamble, closing, signature, date. */
    private static boolean isFixedPart(String line) {
        return DOCUMENT_NUMBER.matcher(line).matches()
                || line.endsWith("：") && (line.contains("人民政府") || line.contains("国务院各部委"))
                || line.startsWith("经国务院批准")
                || line.startsWith("节假日期间")
                || line.equals("国务院办公厅")
                || SIGNED_ON.matcher(line).matches();
    }

    private static void section(int year, int number, String raw, String name, String body,
                                Map<LocalDate, NoticeDay> days, List<LocalDate> outside) {
        for (String sentence : body.split("。")) {
            String s = sentence.strip();
            if (s.isEmpty() || s.startsWith("鼓励")) {
                // "鼓励各单位……安排职工在除夕休息" encourages; it names no day off.
                continue;
            }
            if (s.endsWith("上班")) {
                Matcher day = WORKDAY.matcher(s.substring(0, s.length() - 2));
                boolean any = false;
                int month = 0;
                while (day.find()) {
                    any = true;
                    LocalDate date = date(year, number, raw, day.group(1), day.group(2), month, day.group(3));
                    month = date.getMonthValue();
                    checkWeekday(number, raw, date, day.group(4));
                    if (!CalendarEdits.isWeekend(date)) {
                        throw new UnreadableNoticeException(number, raw, "workdayNotWeekend", date.toString());
                    }
                    put(year, number, raw, new NoticeDay(date, CalendarDayType.WORKDAY, name + "调休上班"), days, outside);
                }
                if (!any) {
                    throw new UnreadableNoticeException(number, raw, "unknownSentence", s);
                }
                continue;
            }
            daysOff(year, number, raw, name, s, days, outside);
        }
    }

    private static void daysOff(int year, int number, String raw, String name, String sentence,
                                Map<LocalDate, NoticeDay> days, List<LocalDate> outside) {
        String[] clauses = sentence.split("，");
        Matcher m = DAYS_OFF.matcher(clauses[0]);
        if (!m.matches()) {
            throw new UnreadableNoticeException(number, raw, "unknownSentence", sentence);
        }
        LocalDate first = date(year, number, raw, m.group(1), m.group(2), 0, m.group(3));
        checkWeekday(number, raw, first, m.group(4));
        LocalDate last = first;
        if (m.group(7) != null) {
            last = date(first.getYear(), number, raw, m.group(5), m.group(6), first.getMonthValue(), m.group(7));
            if (last.isBefore(first) && m.group(5) == null && last.getMonthValue() < first.getMonthValue()) {
                // "12月31日至1月2日": the range runs into the next year.
                last = last.plusYears(1);
            }
            checkWeekday(number, raw, last, m.group(8));
        }
        if (last.isBefore(first)) {
            throw new UnreadableNoticeException(number, raw, "rangeBackwards", first.toString(), last.toString());
        }
        long length = ChronoUnit.DAYS.between(first, last) + 1;
        Integer stated = m.group(9) == null ? null : Integer.valueOf(m.group(9));
        for (int i = 1; i < clauses.length; i++) {
            String clause = clauses[i].strip();
            Matcher count = COUNT.matcher(clause);
            if (count.matches()) {
                stated = Integer.valueOf(count.group(1));
            } else if (!clause.equals("不调休") && !clause.equals("与周末连休")) {
                throw new UnreadableNoticeException(number, raw, "unknownSentence", clause);
            }
        }
        if (stated != null && stated != length) {
            throw new UnreadableNoticeException(number, raw, "countDiffers", stated, first.toString(), last.toString(),
                    length);
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            put(year, number, raw, new NoticeDay(d, CalendarDayType.HOLIDAY, name), days, outside);
        }
    }

    private static void put(int year, int number, String raw, NoticeDay day, Map<LocalDate, NoticeDay> days,
                            List<LocalDate> outside) {
        if (day.date().getYear() != year) {
            outside.add(day.date());
            return;
        }
        NoticeDay before = days.putIfAbsent(day.date(), day);
        if (before != null) {
            throw new UnreadableNoticeException(number, raw, "dayTwice", day.date().toString());
        }
    }

    private static LocalDate date(int year, int number, String raw, String yearText, String monthText,
                                  int monthBefore, String dayText) {
        int month = monthText != null ? Integer.parseInt(monthText) : monthBefore;
        if (month == 0) {
            throw new UnreadableNoticeException(number, raw, "noMonth", dayText);
        }
        int y = yearText != null ? Integer.parseInt(yearText) : year;
        try {
            return LocalDate.of(y, month, Integer.parseInt(dayText));
        } catch (DateTimeException e) {
            throw new UnreadableNoticeException(number, raw, "noSuchDay", y, month, dayText);
        }
    }

    /** The weekday the notice states in brackets (周四, 星期日), if any, must be the date's. */
    private static void checkWeekday(int number, String raw, LocalDate date, String note) {
        if (note == null) {
            return;
        }
        Matcher weekday = WEEKDAY.matcher(note);
        if (!weekday.find()) {
            return;
        }
        String stated = weekday.group(1).equals("天") ? "日" : weekday.group(1);
        DayOfWeek expected = DayOfWeek.of(WEEKDAYS.indexOf(stated) + 1);
        if (expected != date.getDayOfWeek()) {
            throw new UnreadableNoticeException(number, raw, "weekdayDiffers", date.toString(), "周" + stated);
        }
    }

    /** Full-width digits and brackets as half- and full-width the same, spaces dropped. */
    private static String normalise(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (char ch : line.toCharArray()) {
            if (ch >= '０' && ch <= '９') {
                sb.append((char) (ch - '０' + '0'));
            } else if (ch == '(') {
                sb.append('（');
            } else if (ch == ')') {
                sb.append('）');
            } else if (ch == ':') {
                sb.append('：');
            } else if (ch == ',') {
                sb.append('，');
            } else if (!Character.isWhitespace(ch) && ch != '\u3000') {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
