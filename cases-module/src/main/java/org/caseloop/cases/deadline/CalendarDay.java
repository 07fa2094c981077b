package org.caseloop.cases.deadline;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One day the holiday notice names: a day off or a make-up working day. Other days follow the week. */
@Entity
@Table(name = "cases_calendar_day")
public class CalendarDay {

    @Id
    @Column(name = "calendar_date")
    private LocalDate calendarDate;

    @Column(name = "calendar_year", nullable = false)
    private int calendarYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_type", nullable = false, length = 16)
    private CalendarDayType dayType;

    @Column(nullable = false, length = 60)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate calendarDate, CalendarDayType dayType, String name) {
        this.calendarDate = calendarDate;
        this.calendarYear = calendarDate.getYear();
        this.dayType = dayType;
        this.name = name;
    }

    void change(CalendarDayType dayType, String name) {
        this.dayType = dayType;
        this.name = name;
    }

    public LocalDate getCalendarDate() {
        return calendarDate;
    }

    public int getCalendarYear() {
        return calendarYear;
    }

    public CalendarDayType getDayType() {
        return dayType;
    }

    public String getName() {
        return name;
    }
}
