package org.caseloop.cases.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalPeriodTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"P7D, 7, DAYS", "P10D, 10, DAYS", "P15D, 15, DAYS", "P20D, 20, DAYS", "P1D, 1, DAYS",
            "P366D, 366, DAYS", "P1M, 1, MONTHS", "P12M, 12, MONTHS"})
    void readsDaysAndMonthsInIsoForm(String text, int amount, LegalPeriod.Unit unit) {
        LegalPeriod period = LegalPeriod.parse(text);
        assertEquals(new LegalPeriod(amount, unit), period);
        assertEquals(text, period.toString());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"PT24H", "PT1H", "P1W", "P1Y", "P0D", "P0M", "P-1D", "-P7D", "P1M2D", "P1DT1H",
            "P367D", "P13M", "P1000D", "7D", "P7", "p7d", " P7D", "P7.5D", "seven days"})
    @NullAndEmptySource
    void rejectsAnythingButWholeDaysOrMonths(String text) {
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class, () -> LegalPeriod.parse(text));
        assertTrue(rejected.getMessage().contains("legal period"), rejected.getMessage());
    }

    @Test
    void saysWhatIsExpected() {
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class, () -> LegalPeriod.parse("PT24H"));
        assertEquals("Not a legal period: 'PT24H'; expected days or months in ISO-8601 form, e.g. P7D, P15D or P1M",
                rejected.getMessage());
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> LegalPeriod.parse("P13M"));
        assertEquals("A legal period in months must be between 1 and 12, not 13", tooLong.getMessage());
    }
}
