/**
 * Case numbers (案号): gap-free per procuratorate, business type and year, written as {@code 威检刑诉受〔2026〕12号}.
 * The counter row is locked by the intake transaction that takes a number.
 */
package org.caseloop.cases.numbering;
