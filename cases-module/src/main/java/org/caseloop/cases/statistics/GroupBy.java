package org.caseloop.cases.statistics;

import java.util.Locale;

/** How the statistics are broken down within each procuratorate. */
public enum GroupBy {
    DEPARTMENT("department_id"),
    TEAM("team_id");

    private final String column;

    GroupBy(String column) {
        this.column = column;
    }

    /** The column of cases_case that holds the group; a fixed name, never user input. */
    String column() {
        return column;
    }

    /** Reads {@code department} or {@code team}, in any case; null gives the default, by department. */
    public static GroupBy parse(String text) {
        if (text == null || text.isBlank()) {
            return DEPARTMENT;
        }
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
