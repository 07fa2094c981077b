package org.caseloop.cases.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.caseloop.cases.api.CustodyStatus;

import java.time.LocalDate;

/** A suspect (犯罪嫌疑人) of a case, in the order the agency listed them. */
@Entity
@Table(name = "cases_suspect")
public class Suspect {

    /** Under this age at the time of the offence a suspect is a minor. */
    public static final int AGE_OF_MAJORITY = 18;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "suspectSeq")
    @SequenceGenerator(name = "suspectSeq", sequenceName = "cases_detail_seq", allocationSize = 50)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(nullable = false)
    private int ordinal;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(name = "id_number", length = 32)
    private String idNumber;
    @Column(name = "age_at_offence", nullable = false)
    private int ageAtOffence;
    @Column(nullable = false)
    private boolean minor;
    @Enumerated(EnumType.STRING)
    @Column(name = "custody_status", nullable = false, length = 32)
    private CustodyStatus custodyStatus;
    @Column(name = "custody_since")
    private LocalDate custodySince;

    protected Suspect() {
    }

    public Suspect(long caseId, int ordinal, String name, String idNumber, int ageAtOffence,
                   CustodyStatus custodyStatus, LocalDate custodySince) {
        this.caseId = caseId;
        this.ordinal = ordinal;
        this.name = name;
        this.idNumber = idNumber;
        this.ageAtOffence = ageAtOffence;
        this.minor = ageAtOffence < AGE_OF_MAJORITY;
        this.custodyStatus = custodyStatus;
        this.custodySince = custodySince;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public int getOrdinal() { return ordinal; }
    public String getName() { return name; }
    public String getIdNumber() { return idNumber; }
    public int getAgeAtOffence() { return ageAtOffence; }
    public boolean isMinor() { return minor; }
    public CustodyStatus getCustodyStatus() { return custodyStatus; }
    public LocalDate getCustodySince() { return custodySince; }
}
