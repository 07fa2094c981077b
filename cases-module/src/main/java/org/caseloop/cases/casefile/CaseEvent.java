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

import java.time.Instant;

/** One line of a case's history (who did what, when, from which stage to which). */
@Entity
@Table(name = "cases_case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caseEventSeq")
    @SequenceGenerator(name = "caseEventSeq", sequenceName = "cases_detail_seq", allocationSize = 50)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false, length = 64)
    private String actor;
    @Column(name = "event_type", nullable = false, length = 32)
    private String eventType;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 32)
    private Stage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", length = 32)
    private Stage toStage;
    @Column(length = 1000)
    private String detail;

    protected CaseEvent() {
    }

    public CaseEvent(long caseId, Instant occurredAt, String actor, String eventType, Stage fromStage, Stage toStage,
                     String detail) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.eventType = eventType;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.detail = Texts.fit(detail, 1000);
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getEventType() { return eventType; }
    public Stage getFromStage() { return fromStage; }
    public Stage getToStage() { return toStage; }
    public String getDetail() { return detail; }
}
