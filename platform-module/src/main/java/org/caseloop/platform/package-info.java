/**
 * The platform every module stands on: the shared persistence unit and schema migrations, the
 * organisation (procuratorates, departments, teams, staff), security (login, roles, data scope),
 * the tamper-evident audit trail and the web shell's cross-cutting parts. Modules may use any
 * package here except those named {@code internal}.
 */
package org.caseloop.platform;
