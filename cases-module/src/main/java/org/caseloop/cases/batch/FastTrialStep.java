package org.caseloop.cases.batch;

/** The centralised steps of a fast-trial team, in the order a case takes them. */
public enum FastTrialStep {
    NOTIFY_RIGHTS("集中告知", "centralised notification of rights"),
    SIGN_PLEA("集中具结", "plea agreement signed"),
    HEARING("集中听证", "centralised hearing"),
    PROSECUTE("集中起诉", "centralised prosecution");

    private final String chineseName;
    private final String englishName;

    FastTrialStep(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }
}
