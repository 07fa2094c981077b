package org.caseloop.cases.statistics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.caseloop.cases.scope.Sql;
import org.caseloop.platform.organisation.DepartmentView;
import org.caseloop.platform.organisation.ProcuratorateView;
import org.caseloop.platform.organisation.StaffDirectory;
import org.caseloop.platform.organisation.TeamView;
import org.caseloop.platform.security.DataScope;
import org.caseloop.platform.web.AccessDeniedException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Figures per procuratorate and department or team for a period on the date received: the share of
 * cases handled by fast-trial teams, the average review days of simple and complex cases, the open
 * cases by stage and the overdue ones (domain.md: "the system must compute these figures").
 */
@ApplicationScoped
public class Statistics {

    @Resource(lookup = "jdbc/caseloop")
    DataSource dataSource;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    @Inject
    ZoneId officeZone;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(officeZone));
    }

    /**
     * @throws AccessDeniedException if {@code procuratorateId} lies outside the scope
     */
    public StatisticsReport report(DataScope scope, LocalDate from, LocalDate to, Long procuratorateId,
                                   GroupBy groupBy) {
        if (procuratorateId != null && !scope.procuratorateIds().contains(procuratorateId)) {
            throw new AccessDeniedException("Procuratorate", procuratorateId.toString(),
                    "This procuratorate is outside your data scope");
        }
        Map<Key, Figures> groups = new TreeMap<>();
        Set<Long> fastTrialTeams = staff.fastTrialTeamIds();
        try (Connection c = dataSource.getConnection()) {
            forEach(c, StatisticsQueries.received(scope, from, to, procuratorateId, groupBy), rs -> {
                Long team = nullableLong(rs, groupBy == GroupBy.TEAM ? 2 : 3);
                Key key = new Key(rs.getLong(1), nullableLong(rs, 2));
                groups.computeIfAbsent(key, k -> new Figures())
                        .addReceived(rs.getLong(groupBy == GroupBy.TEAM ? 3 : 4), team != null && fastTrialTeams.contains(team));
            });
            forEach(c, StatisticsQueries.decided(scope, from, to, procuratorateId, groupBy), rs ->
                    groups.computeIfAbsent(new Key(rs.getLong(1), nullableLong(rs, 2)), k -> new Figures())
                            .addDecided(rs.getString(3), rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(),
                                    rs.getLong(6)));
            forEach(c, StatisticsQueries.open(scope, from, to, procuratorateId, groupBy, today()), rs ->
                    groups.computeIfAbsent(new Key(rs.getLong(1), nullableLong(rs, 2)), k -> new Figures())
                            .addOpen(rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot compute the statistics", e);
        }
        Names names = names(groups.keySet(), groupBy);
        List<StatisticsRow> rows = new ArrayList<>();
        Figures total = new Figures();
        groups.forEach((key, figures) -> {
            rows.add(StatisticsRow.of(key.procuratorateId(), names.procuratorates().get(key.procuratorateId()),
                    key.groupId(), key.groupId() == null ? null : names.groups().get(key.groupId()), figures));
            total.addAll(figures);
        });
        return new StatisticsReport(from, to, groupBy, rows, StatisticsRow.of(null, null, null, null, total));
    }

    /** Names of the procuratorates, departments and teams in the report: a few queries per procuratorate, not per row. */
    private Names names(Set<Key> keys, GroupBy groupBy) {
        Map<Long, String> procuratorates = new HashMap<>();
        for (ProcuratorateView p : staff.procuratorates()) {
            procuratorates.put(p.id(), p.name());
        }
        Map<Long, String> groups = new HashMap<>();
        keys.stream().map(Key::procuratorateId).distinct().forEach(p -> {
            for (DepartmentView d : staff.departments(p)) {
                if (groupBy == GroupBy.DEPARTMENT) {
                    groups.put(d.id(), d.name());
                } else {
                    for (TeamView t : staff.teams(d.id())) {
                        groups.put(t.id(), t.name());
                    }
                }
            }
        });
        return new Names(procuratorates, groups);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static void forEach(Connection c, Sql sql, RowHandler handler) throws SQLException {
        try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                handler.handle(rs);
            }
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private record Names(Map<Long, String> procuratorates, Map<Long, String> groups) {
    }

    /** A group: procuratorate, then department or team (null last). */
    private record Key(long procuratorateId, Long groupId) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::procuratorateId)
                .thenComparing(Key::groupId, Comparator.nullsLast(Comparator.naturalOrder()));

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }
}
