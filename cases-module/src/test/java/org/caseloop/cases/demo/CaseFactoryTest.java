package org.caseloop.cases.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caseloop.cases.api.CaseLabel;
import org.caseloop.cases.deadline.CalendarYear;
import org.caseloop.cases.deadline.DeadlineCalculator;
import org.caseloop.cases.deadline.WorkingCalendar;
import org.caseloop.cases.triage.StandardCodec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CaseFactoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int COUNT = 20_000;
    private static Map<String, String> codes;
    private static List<GeneratedCase> cases;

    @BeforeAll
    static void generate() throws IOException {
        codes = chargeCodes();
        CaseFactory factory = calibrated(42, TODAY);
        cases = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            cases.add(factory.make(i, COUNT, 365));
        }
    }

    @Test
    void mostlyProsecutionAndArrestReviews() {
        assertBetween(0.53, 0.61, share(c -> c.businessType.equals("PROSECUTION_REVIEW")));
        assertBetween(0.33, 0.41, share(c -> c.businessType.equals("ARREST_REVIEW")));
    }

    @Test
    void aQuarterAreDangerousDriving() {
        assertBetween(0.20, 0.30, share(c -> c.chargeCodes.contains(codes.get("危险驾驶罪"))));
    }

    @Test
    void mostSuspectsPleadGuiltyInProsecutionReviewAndFewAreMinors() {
        List<GeneratedCase> prosecution = cases.stream().filter(c -> c.businessType.equals("PROSECUTION_REVIEW")).toList();
        assertBetween(0.83, 0.92, (double) prosecution.stream().filter(c -> c.guiltyPlea).count() / prosecution.size());
        assertBetween(0.02, 0.04, share(c -> c.labels.contains(CaseLabel.MINOR)));
    }

    @Test
    void aboutFortyPercentAreSimpleAndHandledByFastTrialTeams() {
        assertBetween(0.37, 0.45, share(c -> "SIMPLE".equals(c.complexity)));
        assertBetween(0.36, 0.46, share(c -> c.teamId != null && c.teamId < 100));
        assertTrue(cases.stream().filter(c -> "SIMPLE".equals(c.complexity) && c.handlerId != null)
                .allMatch(c -> c.labels.contains(CaseLabel.SIMPLE)));
    }

    @Test
    void reviewDaysAverageTheSourceArticlesFigures() {
        assertEquals(CaseFactory.SIMPLE_TARGET_DAYS, averageReviewDays("SIMPLE"), 0.3);
        assertEquals(CaseFactory.COMPLEX_TARGET_DAYS, averageReviewDays("COMPLEX"), 0.6);
    }

    @Test
    void noCaseIsDecidedAfterItsDeadline() {
        for (GeneratedCase c : cases) {
            if (c.decidedAt != null && c.deadline != null) {
                assertFalse(c.decidedAt.toLocalDate().isAfter(c.deadline), c.summary + " " + c.deadline);
            }
        }
    }

    @Test
    void mostCasesAreClosedAndSomeAreStillInProgress() {
        assertBetween(0.03, 0.15, share(c -> c.inProgress));
        assertBetween(0.80, 0.97, share(c -> "CLOSED".equals(c.stage)));
        assertTrue(cases.stream().anyMatch(c -> c.inProgress && c.deadline != null && c.deadline.isBefore(TODAY)),
                "some cases in progress are overdue");
        assertTrue(cases.stream().allMatch(c -> c.inProgress == !Set.of("DECIDED", "CLOSED").contains(c.stage)));
    }

    @Test
    void casesAreReceivedOldestFirstOverTheYear() {
        assertEquals(TODAY.minusDays(364), cases.get(0).receivedDate);
        assertEquals(TODAY, cases.get(COUNT - 1).receivedDate);
        for (int i = 1; i < COUNT; i++) {
            assertFalse(cases.get(i).receivedDate.isBefore(cases.get(i - 1).receivedDate));
        }
    }

    @Test
    void theSameSeedGivesTheSameCases() {
        CaseFactory again = calibrated(42, TODAY);
        for (int i = 0; i < 200; i++) {
            GeneratedCase c = again.make(i, COUNT, 365);
            assertEquals(cases.get(i).summary, c.summary);
            assertEquals(cases.get(i).stage, c.stage);
            assertEquals(cases.get(i).submissionHash, c.submissionHash);
        }
    }

    @Test
    void aYearWithoutCalendarDoesNotStopTheGenerator() {
        CaseFactory future = factory(7, LocalDate.of(2031, 6, 1));
        for (int i = 0; i < 500; i++) {
            future.make(i, 500, 365);
        }
    }

    @Test
    void caseNumbersFollowTheOfficesFormat() {
        assertEquals("威检刑诉受〔2026〕12号", CaseNumbers.format("威检", "PROSECUTION_REVIEW", 2026, 12));
        assertEquals("荣检刑捕受〔2025〕1号", CaseNumbers.format("荣检", "ARREST_REVIEW", 2025, 1));
        assertEquals("威文检刑申受〔2026〕3号", CaseNumbers.format("威文检", "CRIMINAL_APPEAL", 2026, 3));
        assertEquals("威检民申受〔2026〕7号", CaseNumbers.format("威检", "CIVIL_APPEAL", 2026, 7));
    }

    @Test
    void idNumbersCarryAValidCheckDigit() {
        assertEquals('X', CaseFactory.checkDigit("11010519491231002"));
        for (GeneratedCase c : cases.subList(0, 100)) {
            for (GeneratedCase.Suspect s : c.suspects) {
                assertEquals(18, s.idNumber().length());
                assertEquals(CaseFactory.checkDigit(s.idNumber().substring(0, 17)), s.idNumber().charAt(17));
            }
        }
    }

    @Test
    void idBlocksFollowTheSequencesAllocationOfFifty() {
        CaseWriter.IdBlock ids = new CaseWriter.IdBlock(List.of(150L, 50L));
        assertEquals(1, ids.next());
        for (int i = 2; i < 50; i++) {
            ids.next();
        }
        assertEquals(50, ids.next());
        assertEquals(101, ids.next());
    }

    private static double averageReviewDays(String complexity) {
        return cases.stream().filter(c -> complexity.equals(c.complexity) && c.decidedAt != null)
                .mapToLong(c -> ChronoUnit.DAYS.between(c.receivedDate, c.decidedAt.toLocalDate()))
                .average().orElseThrow();
    }

    private static double share(java.util.function.Predicate<GeneratedCase> p) {
        return (double) cases.stream().filter(p).count() / cases.size();
    }

    private static void assertBetween(double low, double high, double actual) {
        assertTrue(actual >= low && actual <= high, actual + " not in [" + low + ", " + high + "]");
    }

    private static CaseFactory calibrated(long seed, LocalDate today) {
        return CaseFactory.calibrated(seed, offices(), codes, StandardCodec.readDefault(), calendar(), SHANGHAI, today,
                COUNT, 365);
    }

    private static DeadlineCalculator calendar() {
        return new DeadlineCalculator(WorkingCalendar.of(new CalendarYear(2025, Set.of(), Set.of()),
                new CalendarYear(2026, Set.of(), Set.of()), new CalendarYear(2027, Set.of(), Set.of())));
    }

    private static CaseFactory factory(long seed, LocalDate today) {
        return new CaseFactory(seed, offices(), codes, StandardCodec.readDefault(), calendar(), SHANGHAI, today);
    }

    private static List<DemoOffice> offices() {
        List<DemoOffice> offices = new ArrayList<>();
        long staffId = 1000;
        for (int p = 1; p <= 3; p++) {
            List<DemoOffice.Handler> fast = new ArrayList<>();
            List<DemoOffice.Handler> ordinary = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                for (int k = 0; k < 2; k++) {
                    fast.add(new DemoOffice.Handler(staffId++, "h" + staffId, p * 10L, (long) (p * 10 + t), "快审组"));
                }
            }
            for (int k = 0; k < 6; k++) {
                ordinary.add(new DemoOffice.Handler(staffId++, "h" + staffId, p * 10L + 1, k == 0 ? 500L : null,
                        k == 0 ? "重大案件办案组" : null));
            }
            offices.add(new DemoOffice(p, "37100" + p, "测试" + p + "区人民检察院", "测" + p + "检", "co" + p, "dep" + p,
                    fast, ordinary));
        }
        return offices;
    }

    /** Charge codes by name from the catalogue migration, as the generator reads them from cases_charge. */
    private static Map<String, String> chargeCodes() throws IOException {
        try (InputStream in = CaseFactoryTest.class.getResourceAsStream(
                "/db/migration/cases/V2026_11_25_2002__cases_charge_catalogue.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\\(\\d+, '(C\\d+)', '([^']+)'").matcher(sql);
            Map<String, String> byName = new HashMap<>();
            while (m.find()) {
                byName.put(m.group(2), m.group(1));
            }
            return byName;
        }
    }
}
