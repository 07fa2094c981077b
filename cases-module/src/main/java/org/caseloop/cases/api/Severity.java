package org.caseloop.cases.api;

/** Light or serious offence (轻重分离), by the possible sentence. */
public enum Severity {
    LIGHT("轻罪"),
    SERIOUS("重罪");

    private final String chineseName;

    Severity(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name prosecutors use, shown first in the user interface. */
    public String chineseName() {
        return chineseName;
    }
}
