package org.caseloop.cases.deadline;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year of the working-day calendar and the State Council notice its days were taken from. */
@Entity
@Table(name = "cases_calendar_year")
public class HolidayNotice {

    @Id
    @Column(name = "calendar_year")
    private int calendarYear;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected HolidayNotice() {
    }

    public HolidayNotice(int calendarYear, String source, LocalDateTime updatedAt, String updatedBy) {
        this.calendarYear = calendarYear;
        this.source = source;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    /** Records that the year's days were edited, so the list of years shows who last touched it. */
    void touch(LocalDateTime at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** The year's days were entered anew from {@code notice}. */
    void enteredFrom(String notice, LocalDateTime at, String by) {
        this.source = notice;
        touch(at, by);
    }

    public int getCalendarYear() {
        return calendarYear;
    }

    public String getSource() {
        return source;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
