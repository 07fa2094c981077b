package org.caseloop.cases.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.caseloop.cases.deadline.SupplementaryReturn;

import java.time.LocalDate;

/** One return of the case for supplementary investigation (退回补充侦查), kept on record after it came back. */
@Entity
@Table(name = "cases_supplementary_return")
public class SupplementaryReturnEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplementarySeq")
    @SequenceGenerator(name = "supplementarySeq", sequenceName = "cases_detail_seq", allocationSize = 50)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(nullable = false)
    private int ordinal;
    @Column(name = "returned_on", nullable = false)
    private LocalDate returnedOn;
    @Column(name = "came_back_on")
    private LocalDate cameBackOn;
    @Column(nullable = false, length = 500)
    private String reason;

    protected SupplementaryReturnEntry() {
    }

    public SupplementaryReturnEntry(long caseId, int ordinal, LocalDate returnedOn, String reason) {
        this.caseId = caseId;
        this.ordinal = ordinal;
        this.returnedOn = returnedOn;
        this.reason = reason;
    }

    void cameBack(LocalDate on) {
        this.cameBackOn = on;
    }

    public SupplementaryReturn toReturn() {
        return new SupplementaryReturn(returnedOn, cameBackOn);
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public int getOrdinal() { return ordinal; }
    public LocalDate getReturnedOn() { return returnedOn; }
    public LocalDate getCameBackOn() { return cameBackOn; }
    public String getReason() { return reason; }
}
