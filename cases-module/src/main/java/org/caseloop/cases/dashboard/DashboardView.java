package org.caseloop.cases.dashboard;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caseloop.cases.api.CaseLabel;
import org.caseloop.platform.organisation.DepartmentView;
import org.caseloop.platform.organisation.StaffDirectory;
import org.caseloop.platform.organisation.TeamView;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.security.DataScope;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Backing bean of /cases/index.xhtml, the handler's first screen. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Dashboard dashboard;

    @Inject
    CurrentUser currentUser;

    @Inject
    StaffDirectory staffDirectory;

    private Long departmentId;
    private Long teamId;
    private String label;
    private String stage;
    private String risk;
    private boolean overdueOnly;
    private boolean provisionalOnly;

    private transient DashboardCounts counts;
    private final LazyDataModel<DashboardItem> cases = new CaseModel();

    public DashboardCounts getCounts() {
        if (counts == null) {
            counts = dashboard.counts(currentUser.scope());
        }
        return counts;
    }

    /** When the counts were made, in the office's time ("14:05:09"). */
    public String getCountedAt() {
        return getCounts().countedAt().atZone(dashboard.officeZone()).toLocalTime().truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    public void search() {
        counts = null;
    }

    /** Departments the user may filter by: all of their procuratorate's for wide scopes, none otherwise. */
    public List<DepartmentView> getDepartments() {
        DataScope scope = currentUser.scope();
        if (scope.level() == DataScope.Level.OWN || scope.level() == DataScope.Level.DEPARTMENT) {
            return List.of();
        }
        List<DepartmentView> result = new ArrayList<>();
        scope.procuratorateIds().stream().sorted().forEach(p -> result.addAll(staffDirectory.departments(p)));
        return result;
    }

    public List<TeamView> getTeams() {
        DataScope scope = currentUser.scope();
        Long department = scope.level() == DataScope.Level.DEPARTMENT ? scope.departmentId() : departmentId;
        if (scope.level() == DataScope.Level.OWN || department == null) {
            return List.of();
        }
        return staffDirectory.teams(department);
    }

    public boolean isFiltersByOrganisation() {
        return currentUser.scope().level() != DataScope.Level.OWN;
    }

    public List<String> getLabels() {
        return java.util.Arrays.stream(CaseLabel.values()).map(Enum::name).toList();
    }

    public List<String> getStages() {
        return List.of("RECEIVED", "ASSIGNED", "UNDER_REVIEW", "SUPPLEMENTARY_INVESTIGATION", "PENDING_DECISION");
    }

    public List<String> getRisks() {
        return List.of("HIGH", "MEDIUM", "LOW");
    }

    public LazyDataModel<DashboardItem> getCases() {
        return cases;
    }

    private DashboardFilter filter() {
        return new DashboardFilter(departmentId, teamId, label, stage, risk, overdueOnly, provisionalOnly);
    }

    private final class CaseModel extends LazyDataModel<DashboardItem> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, dashboard.total(currentUser.scope(), filter()));
        }

        @Override
        public List<DashboardItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            return dashboard.items(currentUser.scope(), filter(), first, pageSize);
        }

        @Override
        public String getRowKey(DashboardItem row) {
            return String.valueOf(row.id());
        }
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getRisk() {
        return risk;
    }

    public void setRisk(String risk) {
        this.risk = risk;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isProvisionalOnly() {
        return provisionalOnly;
    }

    public void setProvisionalOnly(boolean provisionalOnly) {
        this.provisionalOnly = provisionalOnly;
    }
}
