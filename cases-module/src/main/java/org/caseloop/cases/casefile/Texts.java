package org.caseloop.cases.casefile;

/** Small text helpers for stored explanations. */
public final class Texts {

    private Texts() {
    }

    /** A text as entered, stripped; blank or missing becomes null. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Cuts a text to a column's length, marking the cut, so that a long explanation never fails an insert. */
    public static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    /** Masks an identity number for lists: the first 6 and last 4 characters stay, e.g. 371002********1234. */
    public static String maskId(String idNumber) {
        if (idNumber == null || idNumber.isEmpty()) {
            return idNumber;
        }
        int n = idNumber.length();
        if (n <= 10) {
            return "*".repeat(n);
        }
        return idNumber.substring(0, 6) + "*".repeat(n - 10) + idNumber.substring(n - 4);
    }
}
