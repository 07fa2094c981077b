/**
 * Centralised work of the fast-trial teams (集中办理): one step — notification of rights, plea-agreement
 * signing with the duty lawyer, hearing, prosecution — performed for many simple cases at once, each case in
 * its own transaction so that a case that cannot take the step is reported by name and never left half-done.
 */
package org.caseloop.cases.batch;
