/**
 * The home page (首页) of case handling: the in-progress cases within the user's data scope with the
 * responsible person, the risk level, the labels and the days left, most urgent first, and the counts
 * at the top. Read-only, over the case tables with native SQL.
 */
package org.caseloop.cases.dashboard;
