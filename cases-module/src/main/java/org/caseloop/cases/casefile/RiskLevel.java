package org.caseloop.cases.casefile;

/** The risk level (风险等级) shown beside every in-progress case. */
public enum RiskLevel {
    LOW("低"),
    MEDIUM("中"),
    HIGH("高");

    private final String chineseName;

    RiskLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
