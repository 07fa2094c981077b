package org.caseloop.platform.web;

/**
 * One field of a CSV export (RFC 4180), safe to open in a spreadsheet. A cell that starts with
 * {@code = + - @}, a tab or a carriage return is read by Excel and its kin as a formula, so a case
 * or staff name such as {@code =HYPERLINK(...)} would run when the export is opened (CSV injection):
 * such a cell gets a leading apostrophe, which makes it text. Fields are quoted when they contain a
 * comma, a quote or a line break.
 */
public final class CsvField {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvField() {
    }

    public static String of(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
