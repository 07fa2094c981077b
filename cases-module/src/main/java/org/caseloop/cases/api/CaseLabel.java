package org.caseloop.cases.api;

/** Labels (标识) set on a case from its elements at intake and shown wherever the case is listed. */
public enum CaseLabel {
    SIMPLE("简案"),
    IN_CUSTODY("在押"),
    MINOR("未成年人"),
    GUILTY_PLEA("认罪认罚"),
    MULTIPLE_SUSPECTS("多名嫌疑人"),
    SENSITIVE("敏感"),
    EXPEDITED("速裁"),
    MANY_VICTIMS("多名被害人");

    private final String chineseName;

    CaseLabel(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name prosecutors use, shown first in the user interface. */
    public String chineseName() {
        return chineseName;
    }
}
