package org.caseloop.cases.triage;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.Procedure;
import org.caseloop.cases.charges.Charge;
import org.caseloop.cases.charges.ChargeCatalogue;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.UnprocessableException;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The classification standard page (/cases/standard.xhtml): everyone reads the active version and the history; the
 * case office and administrators edit a draft copy and publish it as a new version.
 */
@Named
@ViewScoped
public class StandardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.caseloop.cases.i18n.messages";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int SUGGESTIONS = 20;
    private static final int MAX_NOTE = 500;

    @Inject
    transient ClassificationStandardService standards;

    @Inject
    transient ChargeCatalogue catalogue;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ZoneId officeZone;

    private StandardVersion active;
    private List<StandardVersion> versions;
    private StandardDraft draft;
    private CategoryForm editing;
    private String note;

    @PostConstruct
    void load() {
        ClassificationStandard current = standards.current();
        versions = standards.versions();
        active = versions.stream().filter(v -> v.version() == current.version()).findFirst().orElse(null);
        draft = StandardDraft.of(current);
        editing = null;
        note = null;
    }

    public boolean isEditable() {
        return currentUser.find().map(u -> u.has(Role.CASE_OFFICE) || u.has(Role.ADMIN)).orElse(false);
    }

    public void newCategory() {
        editing = draft.newCategory();
    }

    public void edit(int index) {
        editing = draft.edit(index);
    }

    /** Saves the category being edited into the draft; the dialog closes only when it was saved. */
    public void saveCategory() {
        if (!isEditable() || editing == null) {
            return;
        }
        List<String> codes = editing.chargeCodes();
        Map<String, Charge> known = catalogue.byCodes(codes).stream()
                .collect(Collectors.toMap(Charge::getCode, Function.identity()));
        List<String> unknown = codes.stream().filter(c -> !known.containsKey(c)).toList();
        if (!unknown.isEmpty()) {
            error(text("standard.edit.unknownCharges", String.join("、", unknown)));
            return;
        }
        editing.setCharges(codes.stream().map(c -> CategoryForm.item(c, known.get(c).getName())).toList());
        ClassificationStandard alone = new ClassificationStandard(0,
                List.of(editing.toCategory(editing.chargeRefs())));
        List<StandardProblem> problems = alone.problems().stream()
                .filter(p -> p.rule() != StandardProblem.Rule.BLANK_ID).toList();
        if (!problems.isEmpty()) {
            problems.forEach(p -> error(text(p.key(), p.value())));
            return;
        }
        Optional<String> refused = draft.save(editing);
        if (refused.isPresent()) {
            error(text(refused.get(), editing.getId()));
            return;
        }
        editing = null;
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }

    public void remove(int index) {
        if (isEditable()) {
            draft.remove(index);
        }
    }

    public void moveUp(int index) {
        if (isEditable()) {
            draft.moveUp(index);
        }
    }

    /** Charges whose name contains the text or whose code starts with it, as "code name" items. */
    public List<String> completeCharge(String query) {
        return catalogue.search(query, 0, SUGGESTIONS).items().stream()
                .map(c -> CategoryForm.item(c.getCode(), c.getName())).toList();
    }

    /** Publishes the draft as the next version; problems are shown in the page's language. */
    public void publish() {
        if (!isEditable()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (note == null || note.isBlank()) {
            problems.add(text("standard.publish.noteRequired"));
        } else if (note.length() > MAX_NOTE) {
            problems.add(text("standard.publish.noteTooLong", MAX_NOTE));
        }
        ClassificationStandard standard = draft.toStandard();
        standard.problems().forEach(p -> problems.add(describe(p)));
        if (!problems.isEmpty()) {
            error(text("standard.publish.refused"));
            problems.forEach(this::error);
            return;
        }
        try {
            ClassificationStandard published = standards.publish(standard, note.strip());
            load();
            info(text("standard.published", published.version()));
        } catch (UnprocessableException e) {
            error(e.getMessage());
            e.violations().forEach(this::error);
        }
    }

    private String describe(StandardProblem p) {
        String where = p.category() == 0 ? ""
                : p.categoryId() == null ? text("standard.violation.category", p.category())
                : text("standard.violation.categoryWithId", p.category(), p.categoryId());
        return where + text(p.key(), p.value());
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(officeZone));
    }

    public BusinessType[] getBusinessTypes() {
        return BusinessType.values();
    }

    public Procedure[] getProcedures() {
        return Procedure.values();
    }

    public StandardVersion getActive() { return active; }
    public List<StandardVersion> getVersions() { return versions; }
    public StandardDraft getDraft() { return draft; }
    public CategoryForm getEditing() { return editing; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String text(String key, Object... args) {
        return Messages.text(locale(), BUNDLE, key, args);
    }

    private void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
