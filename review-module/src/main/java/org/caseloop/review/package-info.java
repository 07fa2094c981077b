/**
 * The hierarchical review module. Its published API is the {@code org.caseloop.review.api} package; everything
 * else is internal to the module. Graded handling by handler, director, deputy chief and chief: power list, approval chains, procuratorial committee, public hearings and signed legal documents.
 */
package org.caseloop.review;
