package org.caseloop.cases.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.caseloop.cases.api.CaseLabel;

import java.io.Serializable;
import java.util.Objects;

/** A label (标识) on a case: derived from its elements at intake, or set by hand ({@code manual}). */
@Entity
@Table(name = "cases_case_label")
@IdClass(CaseLabelEntry.Key.class)
public class CaseLabelEntry {

    @Id
    @Column(name = "case_id")
    private long caseId;
    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "label", length = 32)
    private CaseLabel label;
    @Column(nullable = false)
    private boolean manual;

    protected CaseLabelEntry() {
    }

    public CaseLabelEntry(long caseId, CaseLabel label, boolean manual) {
        this.caseId = caseId;
        this.label = label;
        this.manual = manual;
    }

    public long getCaseId() { return caseId; }
    public CaseLabel getLabel() { return label; }
    public boolean isManual() { return manual; }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long caseId;
        private CaseLabel label;

        public Key() {
        }

        public Key(long caseId, CaseLabel label) {
            this.caseId = caseId;
            this.label = label;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.caseId == caseId && k.label == label;
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, label);
        }
    }
}
