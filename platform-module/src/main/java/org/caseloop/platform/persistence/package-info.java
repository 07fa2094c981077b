/**
 * The one persistence unit ({@code caseloop}) and its schema: versioned Flyway migrations from every
 * module, applied at start-up before anything reads the database.
 */
package org.caseloop.platform.persistence;
