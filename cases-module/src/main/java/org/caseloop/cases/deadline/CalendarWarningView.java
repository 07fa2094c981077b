package org.caseloop.cases.deadline;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.caseloop.platform.organisation.Roles;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The administrators' warning on the home page and the calendar page that a year's holiday schedule is missing, with
 * the number of open cases whose deadline is already provisional for want of it. Others see nothing.
 */
@Named
@RequestScoped
public class CalendarWarningView {

    @Inject
    WorkingCalendarService calendars;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    private Integer year;
    private long provisionalCases;
    private boolean checked;

    /** The missing year, or null when there is nothing to warn about (or the reader is not an administrator). */
    public Integer getYear() {
        check();
        return year;
    }

    public long getProvisionalCases() {
        check();
        return provisionalCases;
    }

    private void check() {
        if (checked) {
            return;
        }
        checked = true;
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN)) {
            return;
        }
        year = CalendarYearWarning.missingYear(LocalDate.now(clock), calendars.calendar().years()).orElse(null);
        if (year != null) {
            // Served by ix_case_deadline_provisional: only provisional deadlines are in its non-null range.
            provisionalCases = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM cases_case "
                    + "WHERE deadline_provisional_year IS NOT NULL AND in_progress = TRUE").getSingleResult()).longValue();
        }
    }
}
