package org.caseloop.cases.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.audit.FieldChange;
import org.caseloop.cases.deadline.DeadlineCalculator;
import org.caseloop.cases.deadline.WorkingCalendarService;
import org.caseloop.cases.triage.ClassificationStandardService;
import org.caseloop.platform.organisation.DepartmentView;
import org.caseloop.platform.organisation.ProcuratorateView;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.organisation.StaffDirectory;
import org.caseloop.platform.organisation.StaffView;
import org.caseloop.platform.organisation.TeamView;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Writes generated cases (see {@link CaseFactory}) straight into the case tables with JDBC batches:
 * chunks of {@value #CHUNK} cases, one transaction per chunk, ids taken from the sequences in blocks
 * and case numbers taken gap-free from cases_number_sequence inside the chunk's transaction, so that
 * cases registered by the application at the same time never collide with generated ones.
 * The handlers' and teams' open workload is kept in step chunk by chunk.
 */
@ApplicationScoped
public class CaseDataGenerator {

    static final int CHUNK = 1_000;
    /** Bulk runs from this size on refresh the planner's statistics at the end. */
    static final int ANALYZE_FROM = 10_000;
    /** Open-workload weights: a complex case counts as two simple ones. */
    static final int WEIGHT_SIMPLE = 1;
    static final int WEIGHT_COMPLEX = 2;

    private static final Logger LOG = Logger.getLogger(CaseDataGenerator.class.getName());

    @Resource(lookup = "jdbc/caseloop")
    DataSource dataSource;

    @Inject
    StaffDirectory staff;

    @Inject
    WorkingCalendarService calendars;

    @Inject
    ClassificationStandardService standards;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ZoneId officeZone;

    /** What a run wrote. */
    public record Result(int cases, long rows, long millis) {
        public long rowsPerSecond() {
            return millis == 0 ? rows : rows * 1000 / millis;
        }
    }

    /**
     * Records that a bulk run begins, before its first chunk commits: a run that fails half-way has
     * written cases too, and they must not be without a record.
     */
    @Transactional
    public void recordStart(int count, long seed, int days) {
        audit.recordChange("GeneratedCases", String.valueOf(seed), "TEST_CASES_GENERATION_STARTED",
                FieldChange.changes().field("count", null, count).field("days", null, days).build());
    }

    /** Records a bulk run in the audit trail (its own short transaction: the run itself commits chunk by chunk). */
    @Transactional
    public void recordRun(Result result, long seed, int days) {
        audit.recordChange("GeneratedCases", String.valueOf(seed), "TEST_CASES_GENERATED", FieldChange.changes()
                .field("cases", null, result.cases()).field("rows", null, result.rows()).field("days", null, days)
                .build());
    }

    public long caseCount() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM cases_case");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count cases", e);
        }
    }

    /**
     * Generates {@code count} cases received evenly over the last {@code days} days in the given
     * procuratorates, deterministically from {@code seed} (for the same organisation and today).
     */
    public Result generate(int count, long seed, int days, Collection<Long> procuratorateIds) {
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(clock.withZone(officeZone));
        List<DemoOffice> offices = offices(procuratorateIds);
        CaseFactory factory = CaseFactory.calibrated(seed, offices, chargeCodes(), standards.current(),
                new DeadlineCalculator(calendars.calendar()), officeZone, today, count, days);
        CaseWriter writer = new CaseWriter();
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            writer.open(connection);
            for (int from = 0; from < count; from += CHUNK) {
                int to = Math.min(count, from + CHUNK);
                List<GeneratedCase> chunk = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    chunk.add(factory.make(i, count, days));
                }
                rows += writer.write(connection, chunk);
            }
            if (count >= ANALYZE_FROM) {
                writer.analyze(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Generating cases failed: " + e.getMessage(), e);
        }
        Result result = new Result(count, rows, (System.nanoTime() - start) / 1_000_000);
        LOG.info(() -> "Generated " + result.cases() + " cases (" + result.rows() + " rows) in " + result.millis()
                + " ms, " + result.rowsPerSecond() + " rows/s");
        return result;
    }

    /** The procuratorates with their staff as they stand in the directory; only existing staff get cases. */
    List<DemoOffice> offices(Collection<Long> procuratorateIds) {
        List<DemoOffice> offices = new ArrayList<>();
        for (ProcuratorateView p : staff.procuratorates()) {
            if (!p.active() || !procuratorateIds.contains(p.id())) {
                continue;
            }
            List<DemoOffice.Handler> fastTrial = new ArrayList<>();
            List<DemoOffice.Handler> ordinary = new ArrayList<>();
            String registrar = null;
            String deputy = null;
            for (DepartmentView d : staff.departments(p.id())) {
                Map<Long, TeamView> teams = new HashMap<>();
                staff.teams(d.id()).forEach(t -> teams.put(t.id(), t));
                for (StaffView s : staff.staffWithRole(d.id(), Role.HANDLER)) {
                    TeamView team = s.teamId() == null ? null : teams.get(s.teamId());
                    DemoOffice.Handler h = new DemoOffice.Handler(s.id(), s.username(), d.id(), s.teamId(),
                            team == null ? null : team.name());
                    (team != null && team.fastTrial() && team.active() ? fastTrial : ordinary).add(h);
                }
                if (registrar == null) {
                    registrar = staff.staffWithRole(d.id(), Role.CASE_OFFICE).stream().findFirst()
                            .map(StaffView::username).orElse(null);
                }
                if (deputy == null) {
                    deputy = staff.staffWithRole(d.id(), Role.DEPUTY_CHIEF).stream().findFirst()
                            .map(StaffView::username).orElse(null);
                }
            }
            String registeredBy = registrar == null ? "system" : registrar;
            offices.add(new DemoOffice(p.id(), p.code(), p.name(), p.shortName(), registeredBy,
                    deputy == null ? registeredBy : deputy, fastTrial, ordinary));
        }
        return offices;
    }

    /** The codes of the charges the generator draws, looked up by name in the catalogue. */
    Map<String, String> chargeCodes() {
        Map<String, String> codes = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT name, code FROM cases_charge WHERE name IN (");
        for (int i = 0; i < CaseFactory.CHARGES.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < CaseFactory.CHARGES.size(); i++) {
                st.setString(i + 1, CaseFactory.CHARGES.get(i).name());
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    codes.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the charges catalogue", e);
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("None of the generator's charges is in cases_charge");
        }
        return codes;
    }

    /** All procuratorates of the directory, for the demo data. */
    Set<Long> allProcuratorates() {
        return Set.copyOf(staff.procuratorates().stream().map(ProcuratorateView::id).toList());
    }
}
