/**
 * Statistics of case handling per procuratorate, department or team and period: the share handled by
 * fast-trial teams, the average review days of simple and complex cases, open cases by stage and
 * overdue cases, as JSON, as CSV for Excel and on /cases/statistics.xhtml. Read-only, within the
 * user's data scope.
 */
package org.caseloop.cases.statistics;
