package org.caseloop.cases.deadline;

/** What the State Council's notice makes of a day: a day off, or a weekend day worked in exchange (调休上班). */
public enum CalendarDayType {
    HOLIDAY,
    WORKDAY
}
