/** What other modules and integrators may use of the hierarchical review module: its REST root and published types. */
package org.caseloop.review.api;
