package org.caseloop.cases.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A charge (罪名) of a case, by its code in the charges catalogue. */
@Entity
@Table(name = "cases_case_charge")
@IdClass(CaseCharge.Key.class)
public class CaseCharge {

    @Id
    @Column(name = "case_id")
    private long caseId;
    @Id
    @Column(name = "charge_code", length = 16)
    private String chargeCode;

    protected CaseCharge() {
    }

    public CaseCharge(long caseId, String chargeCode) {
        this.caseId = caseId;
        this.chargeCode = chargeCode;
    }

    public long getCaseId() { return caseId; }
    public String getChargeCode() { return chargeCode; }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long caseId;
        private String chargeCode;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.caseId == caseId && Objects.equals(k.chargeCode, chargeCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, chargeCode);
        }
    }
}
