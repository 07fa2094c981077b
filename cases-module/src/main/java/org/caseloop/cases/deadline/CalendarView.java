package org.caseloop.cases.deadline;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.NotFoundException;

import org.caseloop.platform.organisation.Roles;
import org.caseloop.platform.web.AccessDeniedException;
import org.caseloop.platform.web.ConflictException;
import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.UnprocessableException;

/**
 * The working-day calendar page: every signed-in user sees the years and their days and may try a
 * deadline; administrators add years and record, change or remove days.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.caseloop.cases.i18n.messages";
    /** The periods the procuratorate counts most often, offered by the "try a deadline" box. */
    private static final List<String> TRY_PERIODS = List.of("P7D", "P10D", "P15D", "P20D", "P1M");

    @Inject
    transient WorkingCalendarService calendars;

    @Inject
    transient DeadlineService deadlines;

    @Inject
    transient Clock clock;

    private List<CalendarYearSummary> years;
    private Integer selectedYear;
    private CalendarYearDetail detail;

    private Integer newYear;
    private String newSource;

    private LocalDate dayDate;
    private CalendarDayType dayType = CalendarDayType.HOLIDAY;
    private String dayName;
    private boolean editingDay;

    private LocalDate tryStart;
    private String tryPeriod = TRY_PERIODS.get(0);
    private boolean tryCustody;
    private DeadlineResponse tried;

    private Integer noticeYear;
    private String noticeText;
    private boolean noticeReplace;
    private HolidayNoticeParser.ParsedNotice noticeRead;

    @PostConstruct
    void load() {
        years = calendars.years();
        if (selectedYear == null && !years.isEmpty()) {
            int thisYear = LocalDate.now(clock).getYear();
            selectedYear = years.stream().map(CalendarYearSummary::year).filter(y -> y == thisYear).findFirst()
                    .orElse(years.get(years.size() - 1).year());
        }
        detail = selectedYear == null ? null : calendars.year(selectedYear).orElse(null);
        if (noticeYear == null) {
            // The year the administrators are being warned about is the one they most likely came to enter.
            noticeYear = CalendarYearWarning.missingYear(LocalDate.now(clock), calendars.calendar().years()).orElse(null);
        }
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    }

    public void chooseYear(int year) {
        selectedYear = year;
        startNewDay();
        load();
    }

    public void addYear() {
        if (!checkAdmin()) {
            return;
        }
        List<CalendarEdits.Refusal> refusals = CalendarEdits.addingYear(newYear, newSource, yearsPresent());
        if (!refusals.isEmpty()) {
            refusals.forEach(this::refuse);
            return;
        }
        try {
            calendars.addYear(newYear, newSource);
            info("calendar.yearAdded", String.valueOf(newYear));
            selectedYear = newYear;
            newYear = null;
            newSource = null;
        } catch (RuntimeException e) {
            refused(e);
        }
        load();
    }

    public void startNewDay() {
        editingDay = false;
        dayDate = null;
        dayType = CalendarDayType.HOLIDAY;
        dayName = null;
    }

    public void startEditDay(CalendarDayView day) {
        editingDay = true;
        dayDate = day.date();
        dayType = day.type();
        dayName = day.name();
    }

    public void saveDay() {
        if (!checkAdmin()) {
            return;
        }
        List<CalendarEdits.Refusal> refusals = CalendarEdits.settingDay(dayDate, dayType, dayName, yearsPresent());
        if (!refusals.isEmpty()) {
            refusals.forEach(this::refuse);
            return;
        }
        try {
            calendars.setDay(dayDate, dayType, dayName);
            info("calendar.daySaved", dayDate.toString());
            selectedYear = dayDate.getYear();
            startNewDay();
        } catch (RuntimeException e) {
            refused(e);
        }
        load();
    }

    public void removeDay(CalendarDayView day) {
        if (!checkAdmin()) {
            return;
        }
        try {
            calendars.removeDay(day.date());
            info("calendar.dayRemoved", day.date().toString());
        } catch (NotFoundException e) {
            error(text("calendar.refused.dayNotRecorded", day.date().toString()));
        } catch (RuntimeException e) {
            refused(e);
        }
        load();
    }

    /** Reads the pasted notice and shows the year it makes for confirmation; saves nothing. */
    public void readNotice() {
        noticeRead = null;
        if (!checkAdmin() || !noticeYearGiven()) {
            return;
        }
        try {
            noticeRead = calendars.readNotice(noticeYear, noticeText);
        } catch (UnprocessableException e) {
            refusedNotice(e);
        }
    }

    /** Saves the year exactly as it was shown, after the administrator confirmed it. */
    public void confirmNotice() {
        if (!checkAdmin() || !noticeYearGiven()) {
            return;
        }
        try {
            HolidayNoticeParser.ParsedNotice saved = calendars.enterNotice(noticeYear, noticeText, noticeReplace);
            info("calendar.notice.saved", String.valueOf(noticeYear), String.valueOf(saved.holidays()),
                    String.valueOf(saved.makeUpWorkdays()));
            selectedYear = noticeYear;
            noticeRead = null;
            noticeText = null;
            noticeReplace = false;
        } catch (UnprocessableException e) {
            refusedNotice(e);
        } catch (ConflictException e) {
            FacesContext.getCurrentInstance().addMessage("notice:noticeReplace",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
        }
        load();
    }

    /** The month grids of the notice read, for the page. */
    public List<CalendarGrid.Month> getNoticeMonths() {
        return noticeRead == null ? List.of() : CalendarGrid.of(noticeRead.year(), noticeRead.days());
    }

    public long getNoticeHolidays() {
        return noticeRead == null ? 0 : noticeRead.holidays();
    }

    public long getNoticeWorkdays() {
        return noticeRead == null ? 0 : noticeRead.makeUpWorkdays();
    }

    /** The weekday headings of a month grid, Monday first, in the page's language. */
    public List<String> getWeekdayHeadings() {
        return java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(d -> d.getDisplayName(TextStyle.SHORT, locale())).toList();
    }

    /** A month's heading in the page's language, e.g. 2027年1月 or January 2027. */
    public String monthHeading(java.time.YearMonth month) {
        return month.format(java.time.format.DateTimeFormatter.ofPattern(
                Locale.CHINESE.getLanguage().equals(locale().getLanguage()) ? "yyyy年M月" : "MMMM yyyy", locale()));
    }

    private boolean noticeYearGiven() {
        if (noticeYear == null) {
            FacesContext.getCurrentInstance().addMessage("notice:noticeYear", new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, text("calendar.refused.yearRequired"), null));
            return false;
        }
        return true;
    }

    // Each violation reads "field: message"; the message goes to the field it names.
    private void refusedNotice(UnprocessableException e) {
        for (String violation : e.violations()) {
            int colon = violation.indexOf(": ");
            String field = colon < 0 ? "" : violation.substring(0, colon);
            String message = colon < 0 ? violation : violation.substring(colon + 2);
            String id = "year".equals(field) ? "notice:noticeYear" : "notice:noticeText";
            FacesContext.getCurrentInstance().addMessage(id,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        if (e.violations().isEmpty()) {
            error(e.getMessage());
        }
    }

    public void tryDeadline() {
        tried = null;
        if (tryStart == null) {
            error(text("calendar.refused.startRequired"));
            return;
        }
        try {
            tried = DeadlineResponse.of(deadlines.compute(tryStart, LegalPeriod.parse(tryPeriod), tryCustody), locale());
        } catch (IllegalArgumentException e) {
            error(text("calendar.refused.period", String.valueOf(tryPeriod)));
        }
    }

    /** The weekday of a date in the page's language, e.g. 星期六 or Saturday. */
    public String weekday(LocalDate date) {
        return date == null ? "" : date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale());
    }

    public boolean weekend(LocalDate date) {
        return date != null && CalendarEdits.isWeekend(date);
    }

    /** Whether deadlines can be computed in the year: not while it has no day entered. */
    public boolean countsForDeadlines(CalendarYearSummary year) {
        return CalendarEdits.countsForDeadlines(year.holidays(), year.makeUpWorkdays());
    }

    public boolean isSelectedYearEmpty() {
        return detail != null && detail.days().isEmpty();
    }

    private Set<Integer> yearsPresent() {
        return calendars.years().stream().map(CalendarYearSummary::year).collect(Collectors.toSet());
    }

    // The page hides the editing controls from others; this refuses a request crafted without them.
    private boolean checkAdmin() {
        if (isAdmin()) {
            return true;
        }
        error(text("calendar.refused.notAdmin"));
        return false;
    }

    private void refused(RuntimeException e) {
        if (e instanceof AccessDeniedException) {
            error(text("calendar.refused.notAdmin"));
        } else if (e instanceof ConflictException || e instanceof NotFoundException) {
            error(e.getMessage());
        } else if (e instanceof UnprocessableException u) {
            error(u.getMessage());
            u.violations().forEach(this::error);
        } else {
            throw e;
        }
    }

    private void refuse(CalendarEdits.Refusal refusal) {
        error(text(refusal.key(), refusal.args().toArray()));
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private String text(String key, Object... args) {
        return Messages.text(locale(), BUNDLE, key, args);
    }

    private void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    private void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public List<CalendarYearSummary> getYears() {
        return years;
    }

    public Integer getSelectedYear() {
        return selectedYear;
    }

    public CalendarYearDetail getDetail() {
        return detail;
    }

    public CalendarDayType[] getDayTypes() {
        return CalendarDayType.values();
    }

    public List<String> getTryPeriods() {
        return TRY_PERIODS;
    }

    public Integer getNewYear() {
        return newYear;
    }

    public void setNewYear(Integer newYear) {
        this.newYear = newYear;
    }

    public String getNewSource() {
        return newSource;
    }

    public void setNewSource(String newSource) {
        this.newSource = newSource;
    }

    public LocalDate getDayDate() {
        return dayDate;
    }

    public void setDayDate(LocalDate dayDate) {
        this.dayDate = dayDate;
    }

    public CalendarDayType getDayType() {
        return dayType;
    }

    public void setDayType(CalendarDayType dayType) {
        this.dayType = dayType;
    }

    public String getDayName() {
        return dayName;
    }

    public void setDayName(String dayName) {
        this.dayName = dayName;
    }

    public boolean isEditingDay() {
        return editingDay;
    }

    public LocalDate getTryStart() {
        return tryStart;
    }

    public void setTryStart(LocalDate tryStart) {
        this.tryStart = tryStart;
    }

    public String getTryPeriod() {
        return tryPeriod;
    }

    public void setTryPeriod(String tryPeriod) {
        this.tryPeriod = tryPeriod;
    }

    public boolean isTryCustody() {
        return tryCustody;
    }

    public void setTryCustody(boolean tryCustody) {
        this.tryCustody = tryCustody;
    }

    public Integer getNoticeYear() {
        return noticeYear;
    }

    public void setNoticeYear(Integer noticeYear) {
        this.noticeYear = noticeYear;
    }

    public String getNoticeText() {
        return noticeText;
    }

    public void setNoticeText(String noticeText) {
        this.noticeText = noticeText;
    }

    public boolean isNoticeReplace() {
        return noticeReplace;
    }

    public void setNoticeReplace(boolean noticeReplace) {
        this.noticeReplace = noticeReplace;
    }

    public HolidayNoticeParser.ParsedNotice getNoticeRead() {
        return noticeRead;
    }

    public DeadlineResponse getTried() {
        return tried;
    }
}
