/**
 * The petitions module. Its published API is the {@code org.caseloop.petition.api} package; everything
 * else is internal to the module. Letters and visits and the 12309 service centre: one file per first petition, two meetings, double signature, leadership reception days and prosecution–mediation connection.
 */
package org.caseloop.petition;
