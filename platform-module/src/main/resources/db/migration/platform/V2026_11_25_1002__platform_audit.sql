-- Append-only audit trail. Records are written in the transaction of the change (chain_seq NULL),
-- then sealed into the hash chain in sealing order by a single sealer at a time.

CREATE SEQUENCE platform_audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE platform_audit_record (
    id          BIGINT PRIMARY KEY,
    occurred_at TIMESTAMP    NOT NULL,
    actor       VARCHAR(64),
    source_ip   VARCHAR(64),
    object_type VARCHAR(64)  NOT NULL,
    object_id   VARCHAR(128),
    action      VARCHAR(64)  NOT NULL,
    outcome     VARCHAR(16)  NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    changes     TEXT,
    chain_seq   BIGINT,
    prev_hash   VARCHAR(64),
    hash        VARCHAR(64),
    CONSTRAINT uq_audit_chain_seq UNIQUE (chain_seq)
);
CREATE INDEX ix_audit_occurred ON platform_audit_record (occurred_at, id);
CREATE INDEX ix_audit_actor ON platform_audit_record (actor, id);
CREATE INDEX ix_audit_object ON platform_audit_record (object_type, object_id, id);
CREATE INDEX ix_audit_action ON platform_audit_record (action, id);

-- The head of the chain: one row, locked by the sealer so that cluster members seal one at a time.
CREATE TABLE platform_audit_chain_head (
    id        INT PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO platform_audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
