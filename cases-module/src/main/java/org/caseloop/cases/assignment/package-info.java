/**
 * Assignment (分案、轮案): the pure {@link org.caseloop.cases.assignment.AssignmentPolicy} that picks the fast-trial
 * team and handler or rotates within the department, and the service that applies it, the director's reassignment
 * and the move of a prosecutor's open cases when they go on leave.
 */
package org.caseloop.cases.assignment;
