package org.caseloop.cases.dashboard;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.casefile.CaseFlowSettings;
import org.caseloop.cases.casefile.DeadlineStatus;
import org.caseloop.cases.scope.Sql;
import org.caseloop.platform.organisation.StaffDirectory;
import org.caseloop.platform.security.DataScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The home page (首页): the in-progress cases of the user's scope, most urgent first, with the figures
 * at the top. Reads the case tables with native SQL; a page costs a fixed number of statements
 * (counts, total, rows, then suspects, labels, charges and handler names for all rows at once).
 */
@ApplicationScoped
public class Dashboard {

    @Resource(lookup = "jdbc/caseloop")
    DataSource dataSource;

    @Inject
    StaffDirectory staff;

    @Inject
    CaseFlowSettings settings;

    @Inject
    Clock clock;

    @Inject
    ZoneId officeZone;

    @Inject
    @ConfigProperty(name = "caseloop.cases.dashboard.wide-counts-seconds", defaultValue = "30")
    int wideCountsSeconds;

    private final Map<String, DashboardCounts> wideCounts = new ConcurrentHashMap<>();

    public ZoneId officeZone() {
        return officeZone;
    }

    /** The office's today, whatever the server's zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(officeZone));
    }

    /**
     * The counts of the scope. A procuratorate's or a city's are counted over tens of thousands of open cases, which
     * the leaders who see them do not need to the second: they are reused for {@code wideCountsSeconds} (default 30)
     * by everyone with the same scope on this server. A handler's and a director's are always counted afresh.
     */
    public DashboardCounts counts(DataScope scope) {
        LocalDate today = today();
        boolean wide = scope.level() == DataScope.Level.PROCURATORATE || scope.level() == DataScope.Level.CITY;
        if (!wide || wideCountsSeconds <= 0) {
            return count(scope, today);
        }
        String key = new TreeSet<>(scope.procuratorateIds()) + "@" + today;
        DashboardCounts cached = wideCounts.get(key);
        if (cached != null && cached.countedAt().plusSeconds(wideCountsSeconds).isAfter(clock.instant())) {
            return cached;
        }
        DashboardCounts fresh = count(scope, today);
        // Yesterday's figures are never asked for again.
        wideCounts.keySet().removeIf(k -> !k.endsWith("@" + today));
        wideCounts.put(key, fresh);
        return fresh;
    }

    private DashboardCounts count(DataScope scope, LocalDate today) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = DashboardQueries.counts(scope, today).prepare(c);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            // SUM over no rows is NULL, which getLong reads as 0.
            return new DashboardCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the dashboard's cases", e);
        }
    }

    public DashboardPage page(DataScope scope, DashboardFilter filter, int offset, int limit) {
        DashboardCounts counts = counts(scope);
        // Without a filter the total is the in-progress count already made.
        long total = filter.equals(DashboardFilter.none()) ? counts.inProgress() : total(scope, filter);
        return new DashboardPage(counts, items(scope, filter, offset, limit), offset, limit, total);
    }

    public long total(DataScope scope, DashboardFilter filter) {
        try (Connection c = dataSource.getConnection()) {
            return count(c, DashboardQueries.total(scope, filter, today()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the dashboard's cases", e);
        }
    }

    public List<DashboardItem> items(DataScope scope, DashboardFilter filter, int offset, int limit) {
        LocalDate today = today();
        try (Connection c = dataSource.getConnection()) {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement st = DashboardQueries.items(scope, filter, today, offset, limit).prepare(c);
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Date deadline = rs.getDate(7);
                    long handlerValue = rs.getLong(5);
                    Long handler = rs.wasNull() ? null : handlerValue;
                    int yearValue = rs.getInt(8);
                    // wasNull speaks of the column read last: ask it before reading any other.
                    Integer provisionalYear = rs.wasNull() ? null : yearValue;
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            handler, rs.getString(6),
                            deadline == null ? null : deadline.toLocalDate(), provisionalYear));
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            List<Long> ids = rows.stream().map(Row::id).toList();
            Map<Long, List<String>> suspects = grouped(c, DashboardQueries.suspects(ids));
            Map<Long, List<String>> labels = grouped(c, DashboardQueries.labels(ids));
            Map<Long, List<String>> charges = grouped(c, DashboardQueries.charges(ids));
            Set<Long> handlerIds = new LinkedHashSet<>();
            rows.forEach(r -> {
                if (r.handlerId() != null) {
                    handlerIds.add(r.handlerId());
                }
            });
            Map<Long, String> names = staff.displayNames(handlerIds);
            List<DashboardItem> items = new ArrayList<>(rows.size());
            for (Row r : rows) {
                List<String> caseCharges = charges.getOrDefault(r.id(), List.of());
                items.add(new DashboardItem(r.id(), r.caseNumber(), r.businessType(),
                        DashboardQueries.suspectSummary(suspects.get(r.id())),
                        caseCharges.isEmpty() ? null : caseCharges.get(0), r.stage(), r.handlerId(),
                        r.handlerId() == null ? null : names.get(r.handlerId()), r.riskLevel(),
                        labels.getOrDefault(r.id(), List.of()), r.deadline(),
                        r.deadline() == null ? null : ChronoUnit.DAYS.between(today, r.deadline()),
                        r.deadline() == null ? null : DeadlineStatus.of(r.deadline(), today,
                                settings.warningDays(BusinessType.valueOf(r.businessType()))),
                        r.provisionalYear() != null, r.provisionalYear()));
            }
            return items;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the dashboard's cases", e);
        }
    }

    private static long count(Connection c, Sql sql) throws SQLException {
        try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<Long, List<String>> grouped(Connection c, Sql sql) throws SQLException {
        Map<Long, List<String>> result = new HashMap<>();
        try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return result;
    }

    private record Row(long id, String caseNumber, String businessType, String stage, Long handlerId,
                       String riskLevel, LocalDate deadline, Integer provisionalYear) {
    }
}
