package org.caseloop.cases.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A victim (被害人) of a case. */
@Entity
@Table(name = "cases_victim")
public class Victim {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "victimSeq")
    @SequenceGenerator(name = "victimSeq", sequenceName = "cases_detail_seq", allocationSize = 50)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(nullable = false)
    private int ordinal;
    @Column(nullable = false, length = 100)
    private String name;

    protected Victim() {
    }

    public Victim(long caseId, int ordinal, String name) {
        this.caseId = caseId;
        this.ordinal = ordinal;
        this.name = name;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public int getOrdinal() { return ordinal; }
    public String getName() { return name; }
}
