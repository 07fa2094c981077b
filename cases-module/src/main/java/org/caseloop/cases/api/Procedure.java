package org.caseloop.cases.api;

/** The trial procedure a prosecution is brought under (速裁、简易、普通程序). */
public enum Procedure {
    EXPEDITED("速裁"),
    SUMMARY("简易"),
    ORDINARY("普通");

    private final String chineseName;

    Procedure(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name prosecutors use, shown first in the user interface. */
    public String chineseName() {
        return chineseName;
    }
}
