/**
 * The read side's translation of a user's data scope into SQL over the case tables, shared by the
 * dashboard and the statistics. Plain JDBC, portable between PostgreSQL and H2, so that the read
 * side does not depend on the case core's entity classes.
 */
package org.caseloop.cases.scope;
