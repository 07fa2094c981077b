package org.caseloop.platform.shell;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caseloop.platform.organisation.DepartmentView;
import org.caseloop.platform.organisation.OrgLevel;
import org.caseloop.platform.organisation.OrganisationAdmin;
import org.caseloop.platform.organisation.ProcuratorateView;
import org.caseloop.platform.organisation.StaffDirectory;
import org.caseloop.platform.organisation.TeamView;
import org.caseloop.platform.web.ConflictException;
import org.caseloop.platform.web.UnprocessableException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The organisation tree: procuratorates, their departments and teams; create departments and teams, edit teams. */
@Named
@ViewScoped
public class OrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffDirectory directory;

    @Inject
    transient OrganisationAdmin admin;

    private Long procuratorateId;
    private Long departmentId;

    private String newProcuratorateCode;
    private String newProcuratorateName;
    private String newProcuratorateShortName;
    private Long newProcuratorateParentId;
    private String newDepartmentCode;
    private String newDepartmentName;
    private String newTeamName;
    private boolean newTeamFastTrial;
    private List<String> newTeamTypes = new ArrayList<>();

    public List<ProcuratorateView> getProcuratorates() {
        return directory.procuratorates();
    }

    public List<DepartmentView> getDepartments() {
        return procuratorateId == null ? List.of() : directory.departments(procuratorateId);
    }

    public List<TeamView> getTeams() {
        return departmentId == null ? List.of() : directory.teams(departmentId);
    }

    public void selectProcuratorate(long id) {
        procuratorateId = id;
        departmentId = null;
    }

    public void selectDepartment(long id) {
        departmentId = id;
    }

    public void createProcuratorate() {
        if (run(() -> admin.createProcuratorate(strip(newProcuratorateCode), strip(newProcuratorateName),
                strip(newProcuratorateShortName), newProcuratorateParentId == null ? OrgLevel.CITY : OrgLevel.DISTRICT,
                newProcuratorateParentId))) {
            newProcuratorateCode = null;
            newProcuratorateName = null;
            newProcuratorateShortName = null;
            newProcuratorateParentId = null;
        }
    }

    public void createDepartment() {
        if (run(() -> admin.createDepartment(procuratorateId, strip(newDepartmentCode), strip(newDepartmentName)))) {
            newDepartmentCode = null;
            newDepartmentName = null;
        }
    }

    public void createTeam() {
        if (run(() -> admin.createTeam(departmentId, strip(newTeamName), newTeamFastTrial, new HashSet<>(newTeamTypes)))) {
            newTeamName = null;
            newTeamFastTrial = false;
            newTeamTypes = new ArrayList<>();
        }
    }

    public void toggleTeam(TeamView t) {
        run(() -> admin.updateTeam(t.id(), t.name(), t.fastTrial(), t.businessTypes(), !t.active()));
    }

    /** Whether the change was made; a refused one leaves the form filled in, with the reason. */
    private boolean run(Runnable change) {
        try {
            change.run();
            Pages.info(Pages.text("common.saved"));
            return true;
        } catch (UnprocessableException e) {
            Pages.error(e, e.violations());
        } catch (ConflictException e) {
            Pages.error(e.getMessage());
        }
        return false;
    }

    /** The page's required-field check has already refused blank values; surrounding spaces are not part of a name. */
    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public String[] getBusinessTypes() {
        return new String[] {"ARREST_REVIEW", "PROSECUTION_REVIEW", "CRIMINAL_APPEAL", "CIVIL_APPEAL"};
    }

    public Long getProcuratorateId() {
        return procuratorateId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getNewProcuratorateCode() {
        return newProcuratorateCode;
    }

    public void setNewProcuratorateCode(String v) {
        this.newProcuratorateCode = v;
    }

    public String getNewProcuratorateName() {
        return newProcuratorateName;
    }

    public void setNewProcuratorateName(String v) {
        this.newProcuratorateName = v;
    }

    public String getNewProcuratorateShortName() {
        return newProcuratorateShortName;
    }

    public void setNewProcuratorateShortName(String v) {
        this.newProcuratorateShortName = v;
    }

    public Long getNewProcuratorateParentId() {
        return newProcuratorateParentId;
    }

    public void setNewProcuratorateParentId(Long v) {
        this.newProcuratorateParentId = v;
    }

    public String getNewDepartmentCode() {
        return newDepartmentCode;
    }

    public void setNewDepartmentCode(String v) {
        this.newDepartmentCode = v;
    }

    public String getNewDepartmentName() {
        return newDepartmentName;
    }

    public void setNewDepartmentName(String v) {
        this.newDepartmentName = v;
    }

    public String getNewTeamName() {
        return newTeamName;
    }

    public void setNewTeamName(String v) {
        this.newTeamName = v;
    }

    public boolean isNewTeamFastTrial() {
        return newTeamFastTrial;
    }

    public void setNewTeamFastTrial(boolean v) {
        this.newTeamFastTrial = v;
    }

    public List<String> getNewTeamTypes() {
        return newTeamTypes;
    }

    public void setNewTeamTypes(List<String> v) {
        this.newTeamTypes = v;
    }
}
