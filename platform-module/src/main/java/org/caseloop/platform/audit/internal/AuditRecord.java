package org.caseloop.platform.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.caseloop.platform.audit.AuditChain;
import org.caseloop.platform.audit.AuditEntryView;
import org.caseloop.platform.audit.AuditOutcome;

import java.time.Instant;

/** One audit record. Content fields are written once; only the sealing fields are set later, once. */
@Entity
@Table(name = "platform_audit_record")
public class AuditRecord {

    @Id
    @SequenceGenerator(name = "platform_audit_seq", sequenceName = "platform_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_audit_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(updatable = false, length = 64)
    private String actor;

    @Column(name = "source_ip", updatable = false, length = 64)
    private String sourceIp;

    @Column(name = "object_type", nullable = false, updatable = false, length = 64)
    private String objectType;

    @Column(name = "object_id", updatable = false, length = 128)
    private String objectId;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private AuditOutcome outcome;

    @Column(updatable = false)
    private String changes;

    @Column(name = "chain_seq")
    private Long chainSeq;

    @Column(name = "prev_hash", length = 64)
    private String prevHash;

    @Column(length = 64)
    private String hash;

    protected AuditRecord() {
    }

    AuditRecord(Instant occurredAt, String actor, String sourceIp, String objectType, String objectId, String action,
                AuditOutcome outcome, String changes) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.sourceIp = sourceIp;
        this.objectType = objectType;
        this.objectId = objectId;
        this.action = action;
        this.outcome = outcome;
        this.changes = changes;
    }

    AuditChain.Content content(long seq) {
        return new AuditChain.Content(id, seq, occurredAt, actor, sourceIp, objectType, objectId, action,
                outcome.name(), changes);
    }

    void seal(long seq, String prevHash, String hash) {
        this.chainSeq = seq;
        this.prevHash = prevHash;
        this.hash = hash;
    }

    Long getChainSeq() {
        return chainSeq;
    }

    String getPrevHash() {
        return prevHash;
    }

    String getHash() {
        return hash;
    }

    AuditEntryView view() {
        return new AuditEntryView(id, chainSeq, occurredAt, actor, sourceIp, objectType, objectId, action,
                outcome.name(), changes, chainSeq != null);
    }
}
