/**
 * The case file (案卡) and its flow: the entities over the {@code cases_*} tables, the {@link
 * org.caseloop.cases.casefile.Stage} rule, deadlines of a case, its history (each change written to the case's
 * events and to the audit trail in one transaction), the open workloads and the read models of the API and pages.
 */
package org.caseloop.cases.casefile;
