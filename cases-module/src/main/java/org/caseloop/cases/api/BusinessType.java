package org.caseloop.cases.api;

/** The procuratorate's lines of business that a case can belong to. */
public enum BusinessType {
    ARREST_REVIEW("审查逮捕"),
    PROSECUTION_REVIEW("审查起诉"),
    CRIMINAL_APPEAL("刑事申诉"),
    CIVIL_APPEAL("民事申诉");

    private final String chineseName;

    BusinessType(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name prosecutors use, shown first in the user interface. */
    public String chineseName() {
        return chineseName;
    }
}
