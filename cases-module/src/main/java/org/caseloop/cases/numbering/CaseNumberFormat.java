package org.caseloop.cases.numbering;

import org.caseloop.cases.api.BusinessType;

/**
 * The written form of a case number (案号): procuratorate short name, business code, year in 〔〕 and the number,
 * e.g. {@code 威检刑诉受〔2026〕12号}.
 */
public final class CaseNumberFormat {

    private CaseNumberFormat() {
    }

    /** The business code of intake for each line of business. */
    public static String code(BusinessType type) {
        return switch (type) {
            case ARREST_REVIEW -> "刑捕受";
            case PROSECUTION_REVIEW -> "刑诉受";
            case CRIMINAL_APPEAL -> "刑申受";
            case CIVIL_APPEAL -> "民申受";
        };
    }

    public static String format(String procuratorateShortName, BusinessType type, int year, int sequence) {
        if (procuratorateShortName == null || procuratorateShortName.isBlank()) {
            throw new IllegalArgumentException("A case number needs the procuratorate's short name");
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("Case numbers start at 1, not " + sequence);
        }
        return procuratorateShortName.strip() + code(type) + "〔" + year + "〕" + sequence + "号";
    }
}
