package org.caseloop.cases.batch;

import org.caseloop.cases.api.Complexity;
import org.caseloop.cases.casefile.Stage;

import java.util.Optional;

/**
 * Whether a case can take a centralised step now, and if not why, in words for the team member.
 * Only simple cases in review take these steps; each step needs the one before it, a plea agreement
 * needs the suspect's guilty plea and a lawyer present (CPL art. 174), and no step is taken twice.
 */
public final class StepRules {

    private StepRules() {
    }

    /** What the rule needs to know of a case. */
    public record CaseState(Stage stage, Complexity complexity, boolean guiltyPlea, boolean rightsNotified,
                            boolean pleaSigned, boolean hearingHeld, boolean prosecuted) {
    }

    /** The reason the step is refused, in Chinese and English; empty when the case can take it. */
    public record Refusal(String zh, String en) {
        public String text() {
            return zh + " / " + en;
        }
    }

    public static Optional<Refusal> check(FastTrialStep step, CaseState c, String dutyLawyer) {
        if (c.complexity() != Complexity.SIMPLE) {
            return refuse("不是简案，不能集中办理", "not a simple case, so not for centralised handling");
        }
        if (c.stage() != Stage.ASSIGNED && c.stage() != Stage.UNDER_REVIEW && c.stage() != Stage.PENDING_DECISION) {
            return refuse("案件处于“" + c.stage().chineseName() + "”阶段", "the case is in stage " + c.stage());
        }
        return switch (step) {
            case NOTIFY_RIGHTS -> c.rightsNotified()
                    ? refuse("已告知权利", "rights already notified") : Optional.empty();
            case SIGN_PLEA -> signPlea(c, dutyLawyer);
            case HEARING -> !c.rightsNotified()
                    ? refuse("尚未告知权利", "rights not yet notified")
                    : c.hearingHeld() ? refuse("已听证", "hearing already held") : Optional.empty();
            case PROSECUTE -> prosecute(c);
        };
    }

    private static Optional<Refusal> signPlea(CaseState c, String dutyLawyer) {
        if (!c.rightsNotified()) {
            return refuse("尚未告知权利", "rights not yet notified");
        }
        if (!c.guiltyPlea()) {
            return refuse("犯罪嫌疑人未认罪认罚", "the suspect has not pleaded guilty");
        }
        if (c.pleaSigned()) {
            return refuse("已签署具结书", "plea agreement already signed");
        }
        if (dutyLawyer == null || dutyLawyer.isBlank()) {
            return refuse("具结须有辩护人或值班律师在场，请填写律师姓名",
                    "a plea agreement is signed with the defence or duty lawyer present: name the lawyer");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> prosecute(CaseState c) {
        if (c.prosecuted()) {
            return refuse("已提起公诉", "already prosecuted");
        }
        if (!c.rightsNotified()) {
            return refuse("尚未告知权利", "rights not yet notified");
        }
        if (c.guiltyPlea() && !c.pleaSigned()) {
            return refuse("认罪认罚案件尚未签署具结书", "guilty plea without a signed plea agreement");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String zh, String en) {
        return Optional.of(new Refusal(zh, en));
    }
}
