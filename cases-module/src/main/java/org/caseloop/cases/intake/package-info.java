/**
 * Intake (受理): the submission DTO with its validation, the submission hash that makes intake idempotent, the
 * automatic risk factors and the service that registers, classifies, numbers and assigns a case in one transaction.
 */
package org.caseloop.cases.intake;
