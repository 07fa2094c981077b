package org.caseloop.cases.demo;

/**
 * Case numbers (案号) as procuratorates write them: the office's short name, the business code, the year
 * in 〔〕 and the number, e.g. 威检刑诉受〔2026〕12号.
 */
final class CaseNumbers {

    private CaseNumbers() {
    }

    /** 刑捕受 arrest review, 刑诉受 prosecution review, 刑申受 criminal appeal, 民申受 civil appeal. */
    static String businessCode(String businessType) {
        return switch (businessType) {
            case "ARREST_REVIEW" -> "刑捕受";
            case "PROSECUTION_REVIEW" -> "刑诉受";
            case "CRIMINAL_APPEAL" -> "刑申受";
            case "CIVIL_APPEAL" -> "民申受";
            default -> throw new IllegalArgumentException("Unknown business type " + businessType);
        };
    }

    static String format(String shortName, String businessType, int year, int number) {
        return shortName + businessCode(businessType) + "〔" + year + "〕" + number + "号";
    }
}
