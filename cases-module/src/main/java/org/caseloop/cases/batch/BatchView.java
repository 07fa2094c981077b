package org.caseloop.cases.batch;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.UnprocessableException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The fast-trial team member's batch page: choose cases, choose a step, see what went through and what not. */
@Named
@ViewScoped
public class BatchView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.caseloop.cases.i18n.messages";
    private static final int PAGE = 200;

    @Inject
    transient BatchService batches;

    private List<BatchCandidate> candidates;
    private List<BatchCandidate> selected = new ArrayList<>();
    private FastTrialStep step = FastTrialStep.NOTIFY_RIGHTS;
    private String dutyLawyer;
    private String note;
    private BatchResult result;

    @PostConstruct
    void load() {
        candidates = batches.candidates(0, PAGE);
    }

    public void perform() {
        try {
            result = batches.perform(step, selected.stream().map(BatchCandidate::id).toList(), dutyLawyer, note);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), BUNDLE, "batch.summary",
                            result.done().size(), result.refused().size()), null));
            selected = new ArrayList<>();
            load();
        } catch (UnprocessableException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public FastTrialStep[] getSteps() {
        return FastTrialStep.values();
    }

    public List<BatchCandidate> getCandidates() {
        return candidates;
    }

    public List<BatchCandidate> getSelected() {
        return selected;
    }

    public void setSelected(List<BatchCandidate> selected) {
        this.selected = selected;
    }

    public FastTrialStep getStep() {
        return step;
    }

    public void setStep(FastTrialStep step) {
        this.step = step;
    }

    public String getDutyLawyer() {
        return dutyLawyer;
    }

    public void setDutyLawyer(String dutyLawyer) {
        this.dutyLawyer = dutyLawyer;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public BatchResult getResult() {
        return result;
    }
}
