/**
 * The cases module: intake, three-way classification and triage, assignment, stages and statutory
 * deadlines, the home dashboard and fast-trial batch work. Its published API is
 * {@code org.caseloop.cases.api}; the other packages are the module's own, one per domain concept.
 */
package org.caseloop.cases;
