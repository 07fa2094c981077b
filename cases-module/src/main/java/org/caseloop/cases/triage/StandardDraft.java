package org.caseloop.cases.triage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A copy of a classification standard being edited before it is published as a new version: the categories in
 * order, the severity threshold and the fast-track criteria. Category ids stay unique: a new category gets an id no
 * other category has, and saving a category under an id another one uses is refused.
 */
public class StandardDraft implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NEW_ID_PREFIX = "CATEGORY-";

    private final int basedOn;
    private final String original;
    private final List<CategoryForm> categories = new ArrayList<>();
    private int severityThresholdMonths;
    private boolean fastExpedited;
    private boolean fastSummaryWithGuiltyPlea;
    private boolean fastSimpleCategory;

    private StandardDraft(ClassificationStandard standard) {
        this.basedOn = standard.version();
        this.original = StandardCodec.toJson(standard.withVersion(0));
        for (SimpleCaseCategory c : standard.categories()) {
            categories.add(CategoryForm.of(c, categories.size()));
        }
        severityThresholdMonths = standard.severityThresholdMonths();
        fastExpedited = standard.fastTrack().expedited();
        fastSummaryWithGuiltyPlea = standard.fastTrack().summaryWithGuiltyPlea();
        fastSimpleCategory = standard.fastTrack().simpleCategory();
    }

    public static StandardDraft of(ClassificationStandard standard) {
        return new StandardDraft(standard);
    }

    /** The draft as a standard (version 0: the service numbers it), charges named as the category items name them. */
    public ClassificationStandard toStandard() {
        return new ClassificationStandard(0, categories.stream().map(c -> c.toCategory(c.chargeRefs())).toList(),
                severityThresholdMonths,
                new FastTrackCriteria(fastExpedited, fastSummaryWithGuiltyPlea, fastSimpleCategory));
    }

    /** Whether the draft differs from the version it was copied from. */
    public boolean isChanged() {
        return !original.equals(StandardCodec.toJson(toStandard()));
    }

    /** A form for a new category, with an id no category of the draft has and the defaults of the shipped standard. */
    public CategoryForm newCategory() {
        CategoryForm form = new CategoryForm();
        int n = categories.size() + 1;
        while (idTaken(NEW_ID_PREFIX + n, -1)) {
            n++;
        }
        form.setId(NEW_ID_PREFIX + n);
        return form;
    }

    /** A copy of the category at this position to edit; the draft changes only when the copy is saved. */
    public CategoryForm edit(int index) {
        return categories.get(index).copy();
    }

    /**
     * Puts the form into the draft: in its place when it was edited, at the end when it is new.
     *
     * @return the key of the reason it cannot be saved, empty when it was saved
     */
    public Optional<String> save(CategoryForm form) {
        String id = form.getId() == null ? "" : form.getId().strip().toUpperCase(Locale.ROOT);
        if (id.isEmpty()) {
            return Optional.of("standard.edit.idRequired");
        }
        if (idTaken(id, form.getIndex())) {
            return Optional.of("standard.edit.idTaken");
        }
        form.setId(id);
        if (form.isNew()) {
            form.setIndex(categories.size());
            categories.add(form);
        } else {
            categories.set(form.getIndex(), form);
        }
        return Optional.empty();
    }

    public void remove(int index) {
        categories.remove(index);
        renumber();
    }

    /** Moves the category one place up: categories are tried in order and the first match is recorded. */
    public void moveUp(int index) {
        if (index > 0) {
            categories.add(index - 1, categories.remove(index));
            renumber();
        }
    }

    private void renumber() {
        for (int i = 0; i < categories.size(); i++) {
            categories.get(i).setIndex(i);
        }
    }

    private boolean idTaken(String id, int exceptIndex) {
        for (int i = 0; i < categories.size(); i++) {
            if (i != exceptIndex && id.equalsIgnoreCase(categories.get(i).getId())) {
                return true;
            }
        }
        return false;
    }

    public int getBasedOn() { return basedOn; }
    public List<CategoryForm> getCategories() { return categories; }
    public int getSeverityThresholdMonths() { return severityThresholdMonths; }
    public void setSeverityThresholdMonths(int m) { this.severityThresholdMonths = m; }
    public boolean isFastExpedited() { return fastExpedited; }
    public void setFastExpedited(boolean b) { this.fastExpedited = b; }
    public boolean isFastSummaryWithGuiltyPlea() { return fastSummaryWithGuiltyPlea; }
    public void setFastSummaryWithGuiltyPlea(boolean b) { this.fastSummaryWithGuiltyPlea = b; }
    public boolean isFastSimpleCategory() { return fastSimpleCategory; }
    public void setFastSimpleCategory(boolean b) { this.fastSimpleCategory = b; }
}
