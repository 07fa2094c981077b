package org.caseloop.cases.demo;

import org.caseloop.cases.api.CaseLabel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts chunks of generated cases with JDBC batches, one transaction per chunk. On PostgreSQL the
 * data source's reWriteBatchedInserts turns each batch into multi-row inserts.
 */
final class CaseWriter {

    /** INCREMENT BY of cases_case_seq and cases_detail_seq: each value v stands for the ids v-49 .. v. */
    static final int ALLOCATION = 50;

    private static final String INSERT_CASE = "INSERT INTO cases_case (id, case_number, procuratorate_id, business_type, "
            + "number_year, number_seq, agency_name, agency_reference, submission_hash, received_date, procedure_type, "
            + "guilty_plea, possible_sentence_months, recommendation_min_months, recommendation_max_months, sensitive, "
            + "supervisory_transfer, major_complex, summary, complexity, speed_track, severity, standard_version, "
            + "simple_category, classification_zh, classification_en, department_id, team_id, handler_id, assignment_zh, "
            + "assignment_en, assigned_at, stage, in_progress, in_custody, review_start, review_period, deadline, "
            + "deadline_zh, deadline_en, deadline_provisional_year, clock_stopped, extension_days, extension_approved_by, supplementary_returns, "
            + "risk_level, risk_reason, risk_assessed_by, risk_assessed_at, risk_due, registered_at, registered_by, "
            + "decided_at, closed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SUSPECT = "INSERT INTO cases_suspect (id, case_id, ordinal, name, id_number, "
            + "age_at_offence, minor, custody_status, custody_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_VICTIM = "INSERT INTO cases_victim (id, case_id, ordinal, name) VALUES (?, ?, ?, ?)";
    private static final String INSERT_CHARGE = "INSERT INTO cases_case_charge (case_id, charge_code) VALUES (?, ?)";
    private static final String INSERT_LABEL = "INSERT INTO cases_case_label (case_id, label, manual) VALUES (?, ?, FALSE)";
    private static final String INSERT_EVENT = "INSERT INTO cases_case_event (id, case_id, occurred_at, actor, event_type, "
            + "from_stage, to_stage, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_RETURN = "INSERT INTO cases_supplementary_return (id, case_id, ordinal, "
            + "returned_on, came_back_on, reason) VALUES (?, ?, 1, ?, ?, ?)";

    private boolean postgres;

    void open(Connection connection) throws SQLException {
        postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /**
     * After a bulk load PostgreSQL's planner still believes the tables are small until autovacuum catches up,
     * and picks slow plans for the dashboard meanwhile; analysing at once avoids that. Vacuuming at once also marks
     * the new pages all-visible, which the dashboard's index-only counts need. H2 needs nothing.
     */
    void analyze(Connection c) throws SQLException {
        if (!postgres) {
            return;
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try (PreparedStatement st = c.prepareStatement("VACUUM (ANALYZE) cases_case, cases_suspect, cases_victim, "
                + "cases_case_charge, cases_case_label, cases_case_event, cases_supplementary_return, cases_workload")) {
            st.execute();
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Writes one chunk in its own transaction; returns the number of rows inserted. */
    long write(Connection c, List<GeneratedCase> chunk) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            long rows = insert(c, chunk);
            c.commit();
            return rows;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private long insert(Connection c, List<GeneratedCase> chunk) throws SQLException {
        IdBlock caseIds = new IdBlock(allocate(c, "cases_case_seq", chunk.size()));
        int details = 0;
        for (GeneratedCase g : chunk) {
            details += g.suspects.size() + g.victims.size() + g.events.size() + (g.supplementaryReturn == null ? 0 : 1);
        }
        IdBlock detailIds = new IdBlock(allocate(c, "cases_detail_seq", details));
        for (GeneratedCase g : chunk) {
            g.id = caseIds.next();
        }
        number(c, chunk);
        long rows = 0;
        try (PreparedStatement cases = c.prepareStatement(INSERT_CASE);
             PreparedStatement suspects = c.prepareStatement(INSERT_SUSPECT);
             PreparedStatement victims = c.prepareStatement(INSERT_VICTIM);
             PreparedStatement charges = c.prepareStatement(INSERT_CHARGE);
             PreparedStatement labels = c.prepareStatement(INSERT_LABEL);
             PreparedStatement events = c.prepareStatement(INSERT_EVENT);
             PreparedStatement returns = c.prepareStatement(INSERT_RETURN)) {
            for (GeneratedCase g : chunk) {
                bindCase(cases, g);
                cases.addBatch();
                int ordinal = 1;
                for (GeneratedCase.Suspect s : g.suspects) {
                    suspects.setLong(1, detailIds.next());
                    suspects.setLong(2, g.id);
                    suspects.setInt(3, ordinal++);
                    suspects.setString(4, s.name());
                    suspects.setString(5, s.idNumber());
                    suspects.setInt(6, s.ageAtOffence());
                    suspects.setBoolean(7, s.minor());
                    suspects.setString(8, s.custodyStatus());
                    setDate(suspects, 9, s.custodySince());
                    suspects.addBatch();
                }
                ordinal = 1;
                for (String v : g.victims) {
                    victims.setLong(1, detailIds.next());
                    victims.setLong(2, g.id);
                    victims.setInt(3, ordinal++);
                    victims.setString(4, v);
                    victims.addBatch();
                }
                for (String code : g.chargeCodes) {
                    charges.setLong(1, g.id);
                    charges.setString(2, code);
                    charges.addBatch();
                }
                for (CaseLabel l : g.labels) {
                    labels.setLong(1, g.id);
                    labels.setString(2, l.name());
                    labels.addBatch();
                }
                for (GeneratedCase.Event e : g.events) {
                    events.setLong(1, detailIds.next());
                    events.setLong(2, g.id);
                    setTimestamp(events, 3, e.occurredAt());
                    events.setString(4, e.actor());
                    events.setString(5, e.type());
                    setString(events, 6, e.fromStage());
                    setString(events, 7, e.toStage());
                    setString(events, 8, e.detail());
                    events.addBatch();
                }
                if (g.supplementaryReturn != null) {
                    returns.setLong(1, detailIds.next());
                    returns.setLong(2, g.id);
                    setDate(returns, 3, g.supplementaryReturn.returnedOn());
                    setDate(returns, 4, g.supplementaryReturn.cameBackOn());
                    returns.setString(5, g.supplementaryReturn.reason());
                    returns.addBatch();
                }
            }
            // Parents first: the children's foreign keys are checked row by row.
            for (PreparedStatement st : List.of(cases, suspects, victims, charges, labels, events, returns)) {
                for (int n : st.executeBatch()) {
                    rows += n < 0 ? 1 : n;
                }
            }
        }
        workload(c, chunk);
        return rows;
    }

    /**
     * Takes ids from a sequence that increments by {@value #ALLOCATION}, the way the application's
     * EclipseLink allocation does: each value v drawn reserves v-49 .. v, so nobody else ever uses them.
     */
    List<Long> allocate(Connection c, String sequence, int count) throws SQLException {
        int blocks = (count + ALLOCATION - 1) / ALLOCATION;
        List<Long> values = new ArrayList<>(blocks);
        if (blocks == 0) {
            return values;
        }
        if (postgres) {
            try (PreparedStatement st = c.prepareStatement("SELECT nextval('" + sequence + "') FROM generate_series(1, ?)")) {
                st.setInt(1, blocks);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        values.add(rs.getLong(1));
                    }
                }
            }
        } else {
            try (PreparedStatement st = c.prepareStatement("SELECT NEXT VALUE FOR " + sequence)) {
                for (int i = 0; i < blocks; i++) {
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        values.add(rs.getLong(1));
                    }
                }
            }
        }
        return values;
    }

    /** Gives the chunk's cases their numbers, gap-free, holding each number row locked until the chunk commits. */
    private void number(Connection c, List<GeneratedCase> chunk) throws SQLException {
        Map<String, List<GeneratedCase>> byKey = new LinkedHashMap<>();
        for (GeneratedCase g : chunk) {
            byKey.computeIfAbsent(g.procuratorateId + "/" + g.businessType + "/" + g.numberYear, k -> new ArrayList<>())
                    .add(g);
        }
        for (List<GeneratedCase> group : byKey.values()) {
            GeneratedCase first = group.get(0);
            int last = lockSequence(c, first.procuratorateId, first.businessType, first.numberYear);
            for (GeneratedCase g : group) {
                g.numberSeq = ++last;
                g.caseNumber = CaseNumbers.format(g.officeShortName, g.businessType, g.numberYear, g.numberSeq);
                g.agencyReference = g.agencyPrefix + "〔" + g.numberYear + "〕" + String.format("%05d", g.numberSeq) + "号";
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE cases_number_sequence SET last_value = ? "
                    + "WHERE procuratorate_id = ? AND business_type = ? AND number_year = ?")) {
                st.setInt(1, last);
                st.setLong(2, first.procuratorateId);
                st.setString(3, first.businessType);
                st.setInt(4, first.numberYear);
                st.executeUpdate();
            }
        }
    }

    private static int lockSequence(Connection c, long procuratorateId, String businessType, int year)
            throws SQLException {
        String select = "SELECT last_value FROM cases_number_sequence WHERE procuratorate_id = ? AND business_type = ? "
                + "AND number_year = ? FOR UPDATE";
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PreparedStatement st = c.prepareStatement(select)) {
                st.setLong(1, procuratorateId);
                st.setString(2, businessType);
                st.setInt(3, year);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        return rs.getInt(1);
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO cases_number_sequence (procuratorate_id, "
                    + "business_type, number_year, last_value) VALUES (?, ?, ?, 0)")) {
                st.setLong(1, procuratorateId);
                st.setString(2, businessType);
                st.setInt(3, year);
                st.executeUpdate();
            }
        }
        throw new SQLException("Cannot lock the number sequence " + procuratorateId + "/" + businessType + "/" + year);
    }

    /** Adds the chunk's open cases to their handlers' and teams' workload rows. */
    private static void workload(Connection c, List<GeneratedCase> chunk) throws SQLException {
        Map<String, int[]> deltas = new LinkedHashMap<>();
        for (GeneratedCase g : chunk) {
            if (!g.inProgress) {
                continue;
            }
            if (g.handlerId != null) {
                add(deltas, "STAFF", g.handlerId, g.workloadWeight());
            }
            if (g.teamId != null) {
                add(deltas, "TEAM", g.teamId, g.workloadWeight());
            }
        }
        if (deltas.isEmpty()) {
            return;
        }
        // Appended like any other workload change: no counter row is locked while a chunk is written.
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO cases_workload_change (owner_kind, owner_id, "
                + "open_cases, open_weight) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, int[]> e : deltas.entrySet()) {
                String[] key = e.getKey().split("/");
                insert.setString(1, key[0]);
                insert.setLong(2, Long.parseLong(key[1]));
                insert.setInt(3, e.getValue()[0]);
                insert.setInt(4, e.getValue()[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void add(Map<String, int[]> deltas, String kind, long id, int weight) {
        int[] d = deltas.computeIfAbsent(kind + "/" + id, k -> new int[2]);
        d[0]++;
        d[1] += weight;
    }

    private static void bindCase(PreparedStatement st, GeneratedCase g) throws SQLException {
        int i = 1;
        st.setLong(i++, g.id);
        st.setString(i++, g.caseNumber);
        st.setLong(i++, g.procuratorateId);
        st.setString(i++, g.businessType);
        st.setInt(i++, g.numberYear);
        st.setInt(i++, g.numberSeq);
        st.setString(i++, g.agencyName);
        st.setString(i++, g.agencyReference);
        st.setString(i++, g.submissionHash);
        setDate(st, i++, g.receivedDate);
        setString(st, i++, g.procedureType);
        st.setBoolean(i++, g.guiltyPlea);
        st.setInt(i++, g.possibleSentenceMonths);
        setInt(st, i++, g.recommendationMinMonths);
        setInt(st, i++, g.recommendationMaxMonths);
        st.setBoolean(i++, g.sensitive);
        st.setBoolean(i++, g.supervisoryTransfer);
        st.setBoolean(i++, g.majorComplex);
        setString(st, i++, g.summary);
        st.setString(i++, g.complexity);
        st.setString(i++, g.speedTrack);
        st.setString(i++, g.severity);
        st.setInt(i++, g.standardVersion);
        setString(st, i++, g.simpleCategory);
        st.setString(i++, g.classificationZh);
        st.setString(i++, g.classificationEn);
        setLong(st, i++, g.departmentId);
        setLong(st, i++, g.teamId);
        setLong(st, i++, g.handlerId);
        setString(st, i++, g.assignmentZh);
        setString(st, i++, g.assignmentEn);
        setTimestamp(st, i++, g.assignedAt);
        st.setString(i++, g.stage);
        st.setBoolean(i++, g.inProgress);
        st.setBoolean(i++, g.inCustody);
        setDate(st, i++, g.reviewStart);
        setString(st, i++, g.reviewPeriod);
        setDate(st, i++, g.deadline);
        setString(st, i++, g.deadlineZh);
        setString(st, i++, g.deadlineEn);
        if (g.deadlineProvisionalYear == null) {
            st.setNull(i++, java.sql.Types.INTEGER);
        } else {
            st.setInt(i++, g.deadlineProvisionalYear);
        }
        st.setBoolean(i++, g.clockStopped);
        st.setInt(i++, g.extensionDays);
        setString(st, i++, g.extensionApprovedBy);
        st.setInt(i++, g.supplementaryReturns);
        st.setString(i++, g.riskLevel);
        setString(st, i++, g.riskReason);
        setString(st, i++, g.riskAssessedBy);
        setTimestamp(st, i++, g.riskAssessedAt);
        setDate(st, i++, g.riskDue);
        setTimestamp(st, i++, g.registeredAt);
        st.setString(i++, g.registeredBy);
        setTimestamp(st, i++, g.decidedAt);
        setTimestamp(st, i++, g.closedAt);
        st.setLong(i, 0L);
    }

    private static void setString(PreparedStatement st, int i, String v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.VARCHAR);
        } else {
            st.setString(i, v);
        }
    }

    private static void setLong(PreparedStatement st, int i, Long v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.BIGINT);
        } else {
            st.setLong(i, v);
        }
    }

    private static void setInt(PreparedStatement st, int i, Integer v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.INTEGER);
        } else {
            st.setInt(i, v);
        }
    }

    private static void setDate(PreparedStatement st, int i, LocalDate v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.DATE);
        } else {
            st.setObject(i, v);
        }
    }

    private static void setTimestamp(PreparedStatement st, int i, LocalDateTime v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.TIMESTAMP);
        } else {
            st.setObject(i, v);
        }
    }

    /** Ids handed out from allocated sequence values, each value v covering v-49 .. v. */
    static final class IdBlock {
        private final List<Long> values;
        private int block;
        private int offset;

        IdBlock(List<Long> values) {
            this.values = values.stream().sorted().toList();
        }

        long next() {
            if (offset == ALLOCATION) {
                block++;
                offset = 0;
            }
            if (block >= values.size()) {
                throw new IllegalStateException("Allocated ids are used up");
            }
            return values.get(block) - (ALLOCATION - 1) + offset++;
        }
    }
}
