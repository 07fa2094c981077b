package org.caseloop.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvFieldTest {

    @Test
    void aCellStartingLikeAFormulaIsNeutralisedAsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvField.of("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1+cmd|' /C calc'!A0", CsvField.of("+1+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", CsvField.of("-2+3"));
        assertEquals("'@SUM(A1:A9)", CsvField.of("@SUM(A1:A9)"));
        assertEquals("'\t=1", CsvField.of("\t=1"));
        assertEquals("\"'\r=1\"", CsvField.of("\r=1"));
    }

    @Test
    void aFormulaAfterALeadingCommaStaysInsideItsQuotedCell() {
        assertEquals("\"x,=1+1\"", CsvField.of("x,=1+1"));
    }

    @Test
    void quotesAreDoubled() {
        assertEquals("\"a \"\"b\"\"\"", CsvField.of("a \"b\""));
        assertEquals("plain", CsvField.of("plain"));
        assertEquals("威海市人民检察院", CsvField.of("威海市人民检察院"));
        assertEquals("", CsvField.of(null));
    }
}
