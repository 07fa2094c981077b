package org.caseloop.cases.intake;

import org.caseloop.cases.casefile.RiskLevel;
import org.caseloop.cases.triage.Explanation;
import org.caseloop.cases.triage.LabelRules;
import org.caseloop.cases.triage.TriageFacts;

import java.util.ArrayList;
import java.util.List;

/**
 * The initial risk level from the case's elements, before the handler's own pre-assessment: a sensitive case is
 * HIGH; otherwise two or more of (minor suspect, suspect detained, three or more victims) make it HIGH, one makes
 * it MEDIUM, none LOW.
 */
public final class RiskFactors {

    private RiskFactors() {
    }

    public record Assessment(RiskLevel level, Explanation reason) {
    }

    public static Assessment assess(TriageFacts facts) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (facts.anyMinor()) {
            zh.add("未成年犯罪嫌疑人");
            en.add("minor suspect");
        }
        if (facts.anyDetained()) {
            zh.add("犯罪嫌疑人在押");
            en.add("suspect detained");
        }
        if (facts.victimCount() >= LabelRules.MANY_VICTIMS_THRESHOLD) {
            zh.add("被害人" + facts.victimCount() + "名");
            en.add(facts.victimCount() + " victims");
        }
        if (facts.sensitive()) {
            zh.add("敏感案件");
            en.add("sensitive");
        }
        RiskLevel level;
        if (facts.sensitive() || zh.size() >= 2) {
            level = RiskLevel.HIGH;
        } else if (zh.size() == 1) {
            level = RiskLevel.MEDIUM;
        } else {
            level = RiskLevel.LOW;
        }
        String factorsZh = zh.isEmpty() ? "无自动风险因素" : String.join("、", zh);
        String factorsEn = en.isEmpty() ? "no automatic risk factor" : String.join(", ", en);
        return new Assessment(level, new Explanation("自动评估（" + level.chineseName() + "）：" + factorsZh,
                "Automatic (" + level + "): " + factorsEn));
    }
}
