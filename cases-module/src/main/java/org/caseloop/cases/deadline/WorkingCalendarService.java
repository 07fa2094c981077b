package org.caseloop.cases.deadline;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.audit.FieldChange;
import org.caseloop.platform.organisation.Roles;
import org.caseloop.platform.web.AccessDeniedException;
import org.caseloop.platform.web.ConflictException;
import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.UnprocessableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The working-day calendar kept in the database: read by every deadline computation, so it is held
 * in memory and reloaded only after an administrator's edit; edited by administrators, each edit audited.
 *
 * <p>A year with no day recorded yet counts as not entered: an administrator who has just added it has
 * not entered its holidays, and deadlines in it must not be computed from weekends alone.
 */
@ApplicationScoped
public class WorkingCalendarService {

    private static final String YEAR_OBJECT_TYPE = "WorkingCalendarYear";
    private static final String DAY_OBJECT_TYPE = "WorkingCalendarDay";
    private static final int FIRST_YEAR = CalendarEdits.FIRST_YEAR;
    private static final int LAST_YEAR = CalendarEdits.LAST_YEAR;
    private static final int SOURCE_MAX_LENGTH = CalendarEdits.SOURCE_MAX_LENGTH;
    private static final int NAME_MAX_LENGTH = CalendarEdits.NAME_MAX_LENGTH;
    private static final String SYSTEM_ACTOR = "system";
    private static final String BUNDLE = "org.caseloop.cases.i18n.messages";
    /** A notice is about 1,500 characters; ten times that is surely not one. */
    public static final int NOTICE_MAX_LENGTH = 20_000;

    @PersistenceContext(unitName = "caseloop")
    private EntityManager em;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Principal caller;

    @Inject
    private Event<WorkingCalendarChanged> changed;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    @Inject
    private Messages messages;

    @Inject
    @ConfigProperty(name = "caseloop.cases.calendar.reload-seconds", defaultValue = "10")
    private int reloadSeconds;

    private final Object cacheLock = new Object();
    private volatile WorkingCalendar cached;
    private volatile long cachedAtNanos;
    private long invalidations;

    /**
     * The calendar of every year entered, from memory. An edit on this server drops it at once; one on another server
     * reaches this one within {@link #reloadSeconds()}, when the memory copy expires.
     */
    public WorkingCalendar calendar() {
        WorkingCalendar calendar = cached;
        if (calendar != null && System.nanoTime() - cachedAtNanos < TimeUnit.SECONDS.toNanos(reloadSeconds)) {
            return calendar;
        }
        long seen;
        synchronized (cacheLock) {
            seen = invalidations;
        }
        WorkingCalendar loaded = load();
        // An edit committed while we were loading may be missing from what we read: then do not keep it.
        synchronized (cacheLock) {
            if (invalidations == seen) {
                cached = loaded;
                cachedAtNanos = System.nanoTime();
            }
        }
        return loaded;
    }

    /** How long a calendar read from the database is used before it is read again (caseloop.cases.calendar.reload-seconds). */
    public int reloadSeconds() {
        return reloadSeconds;
    }

    public List<CalendarYearSummary> years() {
        Map<Integer, long[]> counts = new HashMap<>();
        List<Object[]> rows = em.createQuery(
                "SELECT d.calendarYear, d.dayType, COUNT(d) FROM CalendarDay d GROUP BY d.calendarYear, d.dayType",
                Object[].class).getResultList();
        for (Object[] row : rows) {
            long[] perType = counts.computeIfAbsent((Integer) row[0], year -> new long[CalendarDayType.values().length]);
            perType[((CalendarDayType) row[1]).ordinal()] = ((Number) row[2]).longValue();
        }
        return em.createQuery("SELECT n FROM HolidayNotice n ORDER BY n.calendarYear", HolidayNotice.class)
                .getResultList().stream()
                .map(notice -> {
                    long[] perType = counts.getOrDefault(notice.getCalendarYear(), new long[CalendarDayType.values().length]);
                    return new CalendarYearSummary(notice.getCalendarYear(), notice.getSource(),
                            perType[CalendarDayType.HOLIDAY.ordinal()], perType[CalendarDayType.WORKDAY.ordinal()],
                            notice.getUpdatedAt(), notice.getUpdatedBy());
                })
                .toList();
    }

    public Optional<CalendarYearDetail> year(int year) {
        HolidayNotice notice = em.find(HolidayNotice.class, year);
        if (notice == null) {
            return Optional.empty();
        }
        List<CalendarDayView> days = em.createQuery(
                        "SELECT d FROM CalendarDay d WHERE d.calendarYear = :year ORDER BY d.calendarDate", CalendarDay.class)
                .setParameter("year", year)
                .getResultList().stream()
                .map(CalendarDayView::of)
                .toList();
        return Optional.of(new CalendarYearDetail(year, notice.getSource(), notice.getUpdatedAt(),
                notice.getUpdatedBy(), days));
    }

    /**
     * Adds a year, still without days; its holidays and make-up working days follow with {@link #setDay}.
     *
     * @param source the notice the days are taken from, e.g. 国务院办公厅关于2027年部分节假日安排的通知
     */
    @Transactional
    public void addYear(int year, String source) {
        requireAdministrator(YEAR_OBJECT_TYPE, String.valueOf(year));
        List<String> violations = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            violations.add("year: must be between " + FIRST_YEAR + " and " + LAST_YEAR + ", not " + year);
        }
        String cleanSource = requireText("source", source, SOURCE_MAX_LENGTH, violations);
        if (!violations.isEmpty()) {
            throw new UnprocessableException("The calendar year cannot be added", violations);
        }
        if (em.find(HolidayNotice.class, year) != null) {
            throw new ConflictException("The working-day calendar for " + year + " already exists");
        }
        em.persist(new HolidayNotice(year, cleanSource, LocalDateTime.now(clock), actor()));
        auditTrail.recordChange(YEAR_OBJECT_TYPE, String.valueOf(year), "CALENDAR_YEAR_ADDED",
                Map.of("source", FieldChange.created(cleanSource)));
    }

    /**
     * What a State Council notice pasted by an administrator says for {@code year}, to be shown for confirmation;
     * nothing is saved.
     *
     * @throws UnprocessableException naming the first line that cannot be read, in the caller's language
     */
    public HolidayNoticeParser.ParsedNotice readNotice(int year, String text) {
        requireAdministrator(YEAR_OBJECT_TYPE, String.valueOf(year));
        List<String> violations = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            violations.add("year: " + messages.text(BUNDLE, "calendar.refused.yearRange", String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        if (text != null && text.length() > NOTICE_MAX_LENGTH) {
            violations.add("text: " + messages.text(BUNDLE, "calendar.notice.tooLong", NOTICE_MAX_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new UnprocessableException(messages.text(BUNDLE, "calendar.notice.refused.title"), violations);
        }
        try {
            return HolidayNoticeParser.parse(year, text);
        } catch (HolidayNoticeParser.UnreadableNoticeException e) {
            String reason = messages.text(BUNDLE, "calendar.notice." + e.code(), e.arguments());
            String where = e.lineNumber() == 0 ? reason
                    : messages.text(BUNDLE, "calendar.notice.atLine", e.lineNumber(), e.line(), reason);
            throw new UnprocessableException(messages.text(BUNDLE, "calendar.notice.refused.title"),
                    List.of("text: " + where));
        }
    }

    /**
     * Enters a whole year from its notice at once, so that no deadline is ever counted on half a year: adds the year
     * if it is new, or replaces its days when {@code replace} is given. Every open case whose deadline the year can
     * move, and every one left provisional for want of it, is then counted again by itself.
     *
     * @throws ConflictException if the year already has days and {@code replace} is false
     */
    @Transactional
    public HolidayNoticeParser.ParsedNotice enterNotice(int year, String text, boolean replace) {
        HolidayNoticeParser.ParsedNotice parsed = readNotice(year, text);
        HolidayNotice notice = em.find(HolidayNotice.class, year);
        List<CalendarDay> existing = em.createQuery(
                        "SELECT d FROM CalendarDay d WHERE d.calendarYear = :year", CalendarDay.class)
                .setParameter("year", year).getResultList();
        if (!existing.isEmpty() && !replace) {
            throw new ConflictException(messages.text(BUNDLE, "calendar.notice.yearHasDays", year, existing.size()));
        }
        existing.forEach(em::remove);
        em.flush();
        String source = fit(parsed.source(), SOURCE_MAX_LENGTH);
        if (notice == null) {
            em.persist(new HolidayNotice(year, source, LocalDateTime.now(clock), actor()));
            // The days reference the year, and no mapping tells the unit of work to insert it first.
            em.flush();
        } else {
            notice.enteredFrom(source, LocalDateTime.now(clock), actor());
        }
        for (HolidayNoticeParser.NoticeDay day : parsed.days()) {
            em.persist(new CalendarDay(day.date(), day.type(), fit(day.name(), NAME_MAX_LENGTH)));
        }
        auditTrail.recordChange(YEAR_OBJECT_TYPE, String.valueOf(year), "CALENDAR_NOTICE_ENTERED",
                FieldChange.changes()
                        .field("source", notice == null ? null : notice.getSource(), source)
                        .field("daysBefore", null, existing.size())
                        .field("holidays", null, parsed.holidays())
                        .field("makeUpWorkdays", null, parsed.makeUpWorkdays())
                        .build());
        changed.fire(WorkingCalendarChanged.wholeYear(year, actor()));
        return parsed;
    }

    /** Records a day off or a make-up working day, or changes the one already recorded for that date. */
    @Transactional
    public void setDay(LocalDate date, CalendarDayType type, String name) {
        requireAdministrator(DAY_OBJECT_TYPE, String.valueOf(date));
        List<String> violations = new ArrayList<>();
        if (date == null) {
            violations.add("date: is required");
        }
        if (type == null) {
            violations.add("type: must be HOLIDAY or WORKDAY");
        }
        String cleanName = requireText("name", name, NAME_MAX_LENGTH, violations);
        if (date != null && type == CalendarDayType.WORKDAY && !isWeekend(date)) {
            violations.add("date: a make-up working day must fall on a Saturday or Sunday; " + date + " is a "
                    + date.getDayOfWeek());
        }
        if (!violations.isEmpty()) {
            throw new UnprocessableException("The calendar day cannot be recorded", violations);
        }
        HolidayNotice notice = noticeOf(date);
        CalendarDay day = em.find(CalendarDay.class, date);
        if (day == null) {
            em.persist(new CalendarDay(date, type, cleanName));
            auditTrail.recordChange(DAY_OBJECT_TYPE, date.toString(), "CALENDAR_DAY_ADDED",
                    FieldChange.changes().field("type", null, type).field("name", null, cleanName).build());
        } else {
            Map<String, FieldChange> changes = FieldChange.changes()
                    .field("type", day.getDayType(), type)
                    .field("name", day.getName(), cleanName)
                    .build();
            if (changes.isEmpty()) {
                return;
            }
            day.change(type, cleanName);
            auditTrail.recordChange(DAY_OBJECT_TYPE, date.toString(), "CALENDAR_DAY_CHANGED", changes);
        }
        notice.touch(LocalDateTime.now(clock), actor());
        changed.fire(WorkingCalendarChanged.day(date, actor()));
    }

    /**
     * Removes a recorded day, which then follows the week again.
     *
     * @throws NotFoundException if no day off or make-up working day is recorded for the date
     */
    @Transactional
    public void removeDay(LocalDate date) {
        requireAdministrator(DAY_OBJECT_TYPE, String.valueOf(date));
        if (date == null) {
            throw new UnprocessableException("The calendar day cannot be removed", List.of("date: is required"));
        }
        CalendarDay day = em.find(CalendarDay.class, date);
        if (day == null) {
            throw new NotFoundException("No holiday or make-up working day is recorded for " + date);
        }
        em.remove(day);
        auditTrail.recordChange(DAY_OBJECT_TYPE, date.toString(), "CALENDAR_DAY_REMOVED",
                FieldChange.changes().field("type", day.getDayType(), null).field("name", day.getName(), null).build());
        noticeOf(date).touch(LocalDateTime.now(clock), actor());
        changed.fire(WorkingCalendarChanged.day(date, actor()));
    }

    // After completion, not success: a rolled-back edit may already have been read into the cache.
    void onCalendarChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) WorkingCalendarChanged event) {
        synchronized (cacheLock) {
            invalidations++;
            cached = null;
        }
    }

    private WorkingCalendar load() {
        Map<Integer, Set<LocalDate>> holidays = new HashMap<>();
        Map<Integer, Set<LocalDate>> makeUpWorkdays = new HashMap<>();
        for (CalendarDay day : em.createQuery("SELECT d FROM CalendarDay d", CalendarDay.class).getResultList()) {
            Map<Integer, Set<LocalDate>> target = day.getDayType() == CalendarDayType.HOLIDAY ? holidays : makeUpWorkdays;
            target.computeIfAbsent(day.getCalendarYear(), year -> new HashSet<>()).add(day.getCalendarDate());
        }
        Set<Integer> yearsWithDays = new HashSet<>(holidays.keySet());
        yearsWithDays.addAll(makeUpWorkdays.keySet());
        return new WorkingCalendar(yearsWithDays.stream()
                .map(year -> new CalendarYear(year, holidays.getOrDefault(year, Set.of()),
                        makeUpWorkdays.getOrDefault(year, Set.of())))
                .toList());
    }

    private HolidayNotice noticeOf(LocalDate date) {
        HolidayNotice notice = em.find(HolidayNotice.class, date.getYear());
        if (notice == null) {
            throw new UnprocessableException("No working-day calendar for " + date.getYear()
                    + ": add the year with its holiday notice first");
        }
        return notice;
    }

    // Whatever calls the service (REST, the calendar page), only administrators edit the calendar.
    private void requireAdministrator(String objectType, String objectId) {
        if (security == null || !security.isCallerInRole(Roles.ADMIN)) {
            throw new AccessDeniedException(objectType, objectId,
                    "Only an administrator may change the working-day calendar");
        }
    }

    private String actor() {
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() ? SYSTEM_ACTOR : name;
    }

    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static boolean isWeekend(LocalDate date) {
        return CalendarEdits.isWeekend(date);
    }

    private static String requireText(String field, String value, int maxLength, List<String> violations) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            violations.add(field + ": is required");
        } else if (clean.length() > maxLength) {
            violations.add(field + ": at most " + maxLength + " characters");
        }
        return clean;
    }
}
