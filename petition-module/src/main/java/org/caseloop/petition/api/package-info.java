/** What other modules and integrators may use of the petitions module: its REST root and published types. */
package org.caseloop.petition.api;
