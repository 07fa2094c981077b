/**
 * The staff user interface's shell: sign-in and sign-out, language, the role-based navigation, the
 * password page, and the administration pages for staff, organisation and the audit trail. Pages
 * live in the web module; their backing beans here work with the platform's views, never entities.
 */
package org.caseloop.platform.shell;
