-- Organisation: procuratorates (city and district level), departments, teams and staff.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

CREATE SEQUENCE platform_org_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE platform_procuratorate (
    id          BIGINT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    short_name  VARCHAR(20)  NOT NULL,
    org_level   VARCHAR(16)  NOT NULL CHECK (org_level IN ('CITY', 'DISTRICT')),
    parent_id   BIGINT REFERENCES platform_procuratorate (id),
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_procuratorate_code UNIQUE (code),
    CONSTRAINT uq_procuratorate_short_name UNIQUE (short_name)
);
CREATE INDEX ix_procuratorate_parent ON platform_procuratorate (parent_id);

CREATE TABLE platform_department (
    id               BIGINT PRIMARY KEY,
    procuratorate_id BIGINT       NOT NULL REFERENCES platform_procuratorate (id),
    code             VARCHAR(32)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    active           BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_department_code UNIQUE (procuratorate_id, code)
);

CREATE TABLE platform_team (
    id             BIGINT PRIMARY KEY,
    department_id  BIGINT       NOT NULL REFERENCES platform_department (id),
    name           VARCHAR(100) NOT NULL,
    fast_trial     BOOLEAN      NOT NULL,
    business_types VARCHAR(200) NOT NULL,
    active         BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uq_team_name UNIQUE (department_id, name)
);

CREATE TABLE platform_staff (
    id                   BIGINT PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    procuratorate_id     BIGINT       NOT NULL REFERENCES platform_procuratorate (id),
    department_id        BIGINT REFERENCES platform_department (id),
    team_id              BIGINT REFERENCES platform_team (id),
    password_hash        VARCHAR(512),
    must_change_password BOOLEAN      NOT NULL,
    active               BOOLEAN      NOT NULL,
    on_leave             BOOLEAN      NOT NULL,
    failed_attempts      INT          NOT NULL,
    locked_until         TIMESTAMP,
    last_login_at        TIMESTAMP,
    password_changed_at  TIMESTAMP,
    created_at           TIMESTAMP    NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT uq_staff_username UNIQUE (username)
);
CREATE INDEX ix_staff_procuratorate ON platform_staff (procuratorate_id, display_name);
CREATE INDEX ix_staff_department ON platform_staff (department_id);
CREATE INDEX ix_staff_team ON platform_staff (team_id);

CREATE TABLE platform_staff_role (
    staff_id BIGINT      NOT NULL REFERENCES platform_staff (id),
    role     VARCHAR(32) NOT NULL,
    PRIMARY KEY (staff_id, role)
);
CREATE INDEX ix_staff_role_role ON platform_staff_role (role, staff_id);
