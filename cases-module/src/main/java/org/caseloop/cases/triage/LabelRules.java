package org.caseloop.cases.triage;

import org.caseloop.cases.api.CaseLabel;
import org.caseloop.cases.api.Complexity;
import org.caseloop.cases.api.Procedure;

import java.util.EnumSet;
import java.util.Set;

/** The labels (标识) a case carries, set from its elements and its classification. */
public final class LabelRules {

    /** From this many victims on a case needs the victims' side managed (notification, compensation, petitions). */
    public static final int MANY_VICTIMS_THRESHOLD = 3;

    private LabelRules() {
    }

    public static Set<CaseLabel> derive(TriageFacts facts, Classification classification) {
        Set<CaseLabel> labels = EnumSet.noneOf(CaseLabel.class);
        if (classification.complexity() == Complexity.SIMPLE) {
            labels.add(CaseLabel.SIMPLE);
        }
        if (facts.anyDetained()) {
            labels.add(CaseLabel.IN_CUSTODY);
        }
        if (facts.anyMinor()) {
            labels.add(CaseLabel.MINOR);
        }
        if (facts.guiltyPlea()) {
            labels.add(CaseLabel.GUILTY_PLEA);
        }
        if (facts.suspectCount() > 1) {
            labels.add(CaseLabel.MULTIPLE_SUSPECTS);
        }
        if (facts.sensitive()) {
            labels.add(CaseLabel.SENSITIVE);
        }
        if (facts.procedure() == Procedure.EXPEDITED) {
            labels.add(CaseLabel.EXPEDITED);
        }
        if (facts.victimCount() >= MANY_VICTIMS_THRESHOLD) {
            labels.add(CaseLabel.MANY_VICTIMS);
        }
        return labels;
    }
}
