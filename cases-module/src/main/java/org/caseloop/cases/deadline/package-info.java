/**
 * Statutory deadlines: the one component that counts legal periods (CPL art. 105, SPC interpretation
 * 2021 art. 202) and the procuratorate's review periods, so that no page or query does its own date
 * arithmetic. The rules are plain Java that can be tested without a server: {@link
 * org.caseloop.cases.deadline.LegalPeriod}, {@link org.caseloop.cases.deadline.WorkingCalendar} (the State
 * Council's holiday schedules, refusing a year that was never entered), {@link
 * org.caseloop.cases.deadline.DeadlineCalculator}, {@link org.caseloop.cases.deadline.ReviewPeriods} and
 * {@link org.caseloop.cases.deadline.SupplementaryInvestigation}. Around them, {@link
 * org.caseloop.cases.deadline.WorkingCalendarService} keeps the calendar in the database for
 * administrators to maintain, {@link org.caseloop.cases.deadline.DeadlineService} is what the rest of
 * CaseLoop calls, and {@link org.caseloop.cases.deadline.DeadlineResource} serves both over REST.
 */
package org.caseloop.cases.deadline;
