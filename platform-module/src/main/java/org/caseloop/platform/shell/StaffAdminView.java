package org.caseloop.platform.shell;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caseloop.platform.organisation.DepartmentView;
import org.caseloop.platform.organisation.NewStaff;
import org.caseloop.platform.organisation.OrgLevel;
import org.caseloop.platform.organisation.OrganisationAdmin;
import org.caseloop.platform.organisation.Page;
import org.caseloop.platform.organisation.ProcuratorateView;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.organisation.StaffDirectory;
import org.caseloop.platform.organisation.StaffView;
import org.caseloop.platform.organisation.TeamView;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.security.OneTimePasswords;
import org.caseloop.platform.security.UserContext;
import org.caseloop.platform.web.ConflictException;
import org.caseloop.platform.web.UnprocessableException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Staff administration: search with paging, create, edit roles and place, deactivate, leave, unlock, reset. */
@Named
@ViewScoped
public class StaffAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationAdmin admin;

    @Inject
    transient StaffDirectory directory;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient OneTimePasswords oneTimePasswords;

    private String filter;
    private Long procuratorateId;
    private LazyDataModel<StaffView> staff;

    private Long editingId;
    private String username;
    private String displayName;
    private Long formProcuratorateId;
    private Long departmentId;
    private Long teamId;
    private List<Role> roles = new ArrayList<>();
    private String password;

    @PostConstruct
    void init() {
        UserContext me = currentUser.get();
        if (me.procuratorateLevel() != OrgLevel.CITY) {
            procuratorateId = me.procuratorateId();
        }
        staff = new StaffModel();
    }

    private final class StaffModel extends LazyDataModel<StaffView> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) admin.searchStaff(filter, procuratorateId, 0, 1).total();
        }

        @Override
        public List<StaffView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<StaffView> page = admin.searchStaff(filter, procuratorateId, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(StaffView row) {
            return Long.toString(row.id());
        }
    }

    public void startCreate() {
        editingId = null;
        username = null;
        displayName = null;
        formProcuratorateId = procuratorateId != null ? procuratorateId : currentUser.get().procuratorateId();
        departmentId = null;
        teamId = null;
        roles = new ArrayList<>(List.of(Role.HANDLER));
        password = null;
    }

    public void startEdit(StaffView s) {
        editingId = s.id();
        username = s.username();
        displayName = s.displayName();
        formProcuratorateId = s.procuratorateId();
        departmentId = s.departmentId();
        teamId = s.teamId();
        roles = new ArrayList<>(s.roles());
        password = null;
    }

    public void save() {
        try {
            if (editingId == null) {
                admin.createStaff(new NewStaff(username, displayName, formProcuratorateId, departmentId, teamId,
                        roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), password));
                Pages.info(Pages.text("staff.created", username));
            } else {
                admin.updateStaff(editingId, displayName, departmentId, teamId,
                        roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
                if (password != null && !password.isBlank()) {
                    admin.resetPassword(editingId, password);
                }
                Pages.info(Pages.text("common.saved"));
            }
            org.primefaces.PrimeFaces.current().executeScript("PF('staffDialog').hide()");
        } catch (UnprocessableException e) {
            Pages.error(e, e.violations());
        } catch (ConflictException e) {
            Pages.error(e.getMessage());
        } catch (jakarta.validation.ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> Pages.error(v.getPropertyPath() + ": " + v.getMessage()));
        }
    }

    public void toggleActive(StaffView s) {
        admin.setActive(s.id(), !s.active());
        Pages.info(Pages.text("common.saved"));
    }

    public void toggleLeave(StaffView s) {
        admin.setOnLeave(s.id(), !s.onLeave());
        Pages.info(Pages.text("common.saved"));
    }

    public void unlock(StaffView s) {
        admin.unlock(s.id());
        Pages.info(Pages.text("staff.unlocked", s.username()));
    }

    /** Resets to a generated one-time password, shown once to the administrator to hand over. */
    public void resetPassword(StaffView s) {
        String oneTime = oneTimePasswords.generate(s.username());
        try {
            admin.resetPassword(s.id(), oneTime);
            Pages.info(Pages.text("staff.passwordReset", s.username(), oneTime));
        } catch (UnprocessableException e) {
            Pages.error(e, e.violations());
        }
    }

    public List<ProcuratorateView> getProcuratorates() {
        List<ProcuratorateView> all = directory.procuratorates();
        return procuratorateId == null ? all : all.stream().filter(p -> p.id() == procuratorateId).toList();
    }

    public List<DepartmentView> getDepartments() {
        return formProcuratorateId == null ? List.of() : directory.departments(formProcuratorateId);
    }

    public List<TeamView> getTeams() {
        return departmentId == null ? List.of() : directory.teams(departmentId);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public LazyDataModel<StaffView> getStaff() {
        return staff;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Long getProcuratorateId() {
        return procuratorateId;
    }

    public void setProcuratorateId(Long procuratorateId) {
        if (currentUser.get().procuratorateLevel() == OrgLevel.CITY) {
            this.procuratorateId = procuratorateId;
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getFormProcuratorateId() {
        return formProcuratorateId;
    }

    public void setFormProcuratorateId(Long formProcuratorateId) {
        this.formProcuratorateId = formProcuratorateId;
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

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
