/**
 * The charges catalogue (罪名): every charge of the special part of the Criminal Law as amended through Amendment XII,
 * shipped as data by a migration, with its stable code, defining article, chapter and section and the two flags the
 * eligibility rules need (negligence, dereliction of duty). Cases and triage refer to charges by code; the catalogue
 * is read-only in the application and searched through {@link org.caseloop.cases.charges.ChargeCatalogue} and
 * {@code GET /cases/api/charges}.
 */
package org.caseloop.cases.charges;
