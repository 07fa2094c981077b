package org.caseloop.cases.api;

/** Fast or normal handling (快慢分道). */
public enum SpeedTrack {
    FAST("快速办理"),
    NORMAL("普通办理");

    private final String chineseName;

    SpeedTrack(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name prosecutors use, shown first in the user interface. */
    public String chineseName() {
        return chineseName;
    }
}
