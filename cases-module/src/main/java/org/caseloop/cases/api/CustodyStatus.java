package org.caseloop.cases.api;

/** The compulsory measure a suspect is under. */
public enum CustodyStatus {
    DETAINED("羁押"),
    BAIL("取保候审"),
    RESIDENTIAL_SURVEILLANCE("监视居住"),
    NONE("未采取");

    private final String chineseName;

    CustodyStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name prosecutors use, shown first in the user interface. */
    public String chineseName() {
        return chineseName;
    }
}
