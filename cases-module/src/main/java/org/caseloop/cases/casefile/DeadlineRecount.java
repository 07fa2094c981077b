package org.caseloop.cases.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request to count open cases' deadlines again after the working-day calendar changed: those whose deadline or
 * risk pre-assessment date falls between {@code firstDay} and {@code lastDay}, and those that are provisional
 * because {@code calendarYear} was missing. Worked through in chunks by id; {@code afterCaseId} is the progress.
 */
@Entity
@Table(name = "cases_deadline_recount")
public class DeadlineRecount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadlineRecountSeq")
    @SequenceGenerator(name = "deadlineRecountSeq", sequenceName = "cases_deadline_recount_seq", allocationSize = 1)
    private Long id;
    @Column(name = "calendar_year", nullable = false)
    private int calendarYear;
    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;
    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;
    @Column(name = "after_case_id", nullable = false)
    private long afterCaseId;
    @Column(name = "cases_changed", nullable = false)
    private int casesChanged;
    @Column(name = "done_at")
    private Instant doneAt;
    @Version
    @Column(nullable = false)
    private long version;

    protected DeadlineRecount() {
    }

    public DeadlineRecount(int calendarYear, LocalDate firstDay, LocalDate lastDay, Instant requestedAt,
                           String requestedBy) {
        this.calendarYear = calendarYear;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    void progressed(long lastCaseId, int changed) {
        this.afterCaseId = lastCaseId;
        this.casesChanged += changed;
    }

    void done(Instant at) {
        this.doneAt = at;
    }

    public Long getId() { return id; }
    public int getCalendarYear() { return calendarYear; }
    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getRequestedBy() { return requestedBy; }
    public long getAfterCaseId() { return afterCaseId; }
    public int getCasesChanged() { return casesChanged; }
    public Instant getDoneAt() { return doneAt; }
}
