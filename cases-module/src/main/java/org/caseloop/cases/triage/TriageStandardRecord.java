package org.caseloop.cases.triage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One published version of the classification standard. Everything but the active flag is written once: cases refer
 * to the version that classified them.
 */
@Entity
@Table(name = "cases_triage_standard")
public class TriageStandardRecord {

    @Id
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private int version;

    /** The standard as {@link StandardCodec} writes it. */
    @Column(nullable = false, updatable = false)
    private String definition;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(updatable = false, length = 500)
    private String note;

    @Column(nullable = false)
    private boolean active;

    protected TriageStandardRecord() {
    }

    TriageStandardRecord(long id, int version, String definition, Instant createdAt, String createdBy, String note) {
        this.id = id;
        this.version = version;
        this.definition = definition;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.note = note;
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getDefinition() {
        return definition;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getNote() {
        return note;
    }

    public boolean isActive() {
        return active;
    }

    StandardVersion summary() {
        return new StandardVersion(version, createdAt, createdBy, note, active);
    }
}
