/**
 * The adapters of the case flow: the JAX-RS resources under {@code /cases/api} and the JSF backing beans of the
 * intake and case pages. They call the services and hand out records, never entities.
 */
package org.caseloop.cases.web;
