/**
 * Realistic generated cases: the demo cases of the embedded database (on start-up, when there are none)
 * and bulk test data for load tests (a REST call for the case office). Writes the case tables directly
 * with JDBC batches, taking ids and case numbers the same way the application does.
 */
package org.caseloop.cases.demo;
