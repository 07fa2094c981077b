/**
 * The shared rules for what a caller may send, as Bean Validation constraints used on every request DTO of every
 * module: {@link org.caseloop.platform.validation.PlainText} for texts and
 * {@link org.caseloop.platform.validation.CaseDate} for the dates of a case. One rule each, so that a text or a
 * date is checked the same way on every form and every API operation.
 */
package org.caseloop.platform.validation;
