package org.caseloop.cases.triage;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.Procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words the explanations are made of, kept in one place so that both languages say the same thing. */
final class Wording {

    private Wording() {
    }

    static Explanation procedure(Procedure procedure) {
        if (procedure == null) {
            return new Explanation("程序未定", "procedure not yet decided");
        }
        return new Explanation(procedure.chineseName() + "程序",
                procedure.name().toLowerCase(Locale.ROOT) + " procedure");
    }

    static Explanation businessType(BusinessType type) {
        return new Explanation(type.chineseName(), type.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    static Explanation months(int months) {
        if (months == TriageFacts.LIFE_OR_DEATH) {
            return new Explanation("无期徒刑或死刑", "life imprisonment or death");
        }
        return new Explanation(months + "个月", months + (months == 1 ? " month" : " months"));
    }

    static Explanation suspects(int count) {
        return new Explanation("犯罪嫌疑人" + count + "名", count + (count == 1 ? " suspect" : " suspects"));
    }

    /** The facts that decide triage, for a reason that has no rule to quote. */
    static Explanation summary(TriageFacts facts) {
        List<Explanation> parts = new ArrayList<>();
        parts.add(businessType(facts.businessType()));
        parts.add(procedure(facts.procedure()));
        parts.add(facts.guiltyPlea() ? new Explanation("认罪认罚", "guilty plea")
                : new Explanation("未认罪认罚", "no guilty plea"));
        parts.add(suspects(facts.suspectCount()));
        Explanation months = months(facts.possibleSentenceMonths());
        parts.add(new Explanation("可能判处刑罚" + months.zh(), "possible sentence " + months.en()));
        if (facts.anyMinor()) {
            parts.add(new Explanation("有未成年犯罪嫌疑人", "minor suspect"));
        }
        if (facts.sensitive()) {
            parts.add(new Explanation("敏感案件", "sensitive"));
        }
        if (facts.transferredBySupervisoryCommission()) {
            parts.add(new Explanation("监察委员会移送", "transferred by a supervisory commission"));
        }
        return join(parts);
    }

    static Explanation join(List<Explanation> parts) {
        return new Explanation(String.join("、", parts.stream().map(Explanation::zh).toList()),
                String.join(", ", parts.stream().map(Explanation::en).toList()));
    }
}
