package org.caseloop.platform.organisation;

/** The two levels of procuratorate: the city office (市院) and the district or county offices (基层院). */
public enum OrgLevel {
    CITY,
    DISTRICT
}
