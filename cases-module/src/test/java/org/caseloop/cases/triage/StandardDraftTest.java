package org.caseloop.cases.triage;

import org.caseloop.cases.api.BusinessType;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandardDraftTest {

    private static List<String> ids(StandardDraft draft) {
        return draft.getCategories().stream().map(CategoryForm::getId).toList();
    }

    private static CategoryForm complete(CategoryForm form) {
        form.setNameZh("某类");
        form.setNameEn("Some");
        form.setBusinessTypeNames(List.of("PROSECUTION_REVIEW"));
        return form;
    }

    @Test
    void anUnchangedDraftIsTheStandardItWasCopiedFrom() {
        ClassificationStandard standard = TestStandards.standard();
        StandardDraft draft = StandardDraft.of(standard);

        assertFalse(draft.isChanged());
        assertEquals(standard.withVersion(0), draft.toStandard());
        assertEquals(TestStandards.VERSION, draft.getBasedOn());
    }

    @Test
    void theShippedDefaultSurvivesTheDraftUnchanged() {
        ClassificationStandard standard = StandardCodec.readDefault();

        assertEquals(StandardCodec.toJson(standard.withVersion(0)), StandardCodec.toJson(StandardDraft.of(standard).toStandard()));
    }

    @Test
    void newCategoriesGetIdsNoOtherCategoryHas() {
        StandardDraft draft = StandardDraft.of(TestStandards.standard());
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), draft.save(complete(draft.newCategory())));
        }
        draft.remove(3);
        assertEquals(Optional.empty(), draft.save(complete(draft.newCategory())));

        List<String> ids = ids(draft);
        assertEquals(6, ids.size());
        assertEquals(ids.size(), new HashSet<>(ids).size(), ids::toString);
        assertEquals(List.of(), draft.toStandard().violations());
        assertTrue(draft.isChanged());
    }

    @Test
    void savingUnderAnIdAnotherCategoryUsesIsRefused() {
        StandardDraft draft = StandardDraft.of(TestStandards.standard());
        CategoryForm edited = draft.edit(1);
        edited.setId("pr-drunk-driving");

        assertEquals(Optional.of("standard.edit.idTaken"), draft.save(edited));
        assertEquals(List.of("PR-DRUNK-DRIVING", "PR-THEFT", "AR-SINGLE"), ids(draft));

        CategoryForm added = complete(draft.newCategory());
        added.setId("AR-SINGLE");
        assertEquals(Optional.of("standard.edit.idTaken"), draft.save(added));
        added.setId(" ");
        assertEquals(Optional.of("standard.edit.idRequired"), draft.save(added));
        assertEquals(3, draft.getCategories().size());
    }

    @Test
    void anEditChangesTheDraftOnlyWhenSavedAndKeepsItsPlace() {
        StandardDraft draft = StandardDraft.of(TestStandards.standard());
        CategoryForm edited = draft.edit(0);
        edited.setMaxSentenceMonths(4);
        assertFalse(draft.isChanged(), "an unsaved edit leaves the draft alone");

        edited.setId("pr-drunk-driving");
        assertEquals(Optional.empty(), draft.save(edited), "a category may keep its own id");

        SimpleCaseCategory saved = draft.toStandard().categories().get(0);
        assertEquals("PR-DRUNK-DRIVING", saved.id());
        assertEquals(4, saved.maxSentenceMonths());
        assertEquals(List.of(new ChargeRef(TestStandards.DANGEROUS_DRIVING, "危险驾驶罪")), saved.charges());
        assertEquals(Set.of(BusinessType.PROSECUTION_REVIEW), saved.businessTypes());
        assertTrue(draft.isChanged());
    }

    @Test
    void removingAndMovingKeepPositionsInStep() {
        StandardDraft draft = StandardDraft.of(TestStandards.standard());
        draft.moveUp(2);
        assertEquals(List.of("PR-DRUNK-DRIVING", "AR-SINGLE", "PR-THEFT"), ids(draft));
        draft.remove(0);
        assertEquals(List.of("AR-SINGLE", "PR-THEFT"), ids(draft));

        CategoryForm theft = draft.edit(1);
        theft.setNameEn("Small theft");
        assertEquals(Optional.empty(), draft.save(theft));
        assertEquals(List.of("AR-SINGLE", "PR-THEFT"), ids(draft));
        assertEquals("Small theft", draft.toStandard().categories().get(1).nameEn());
    }

    @Test
    void chargeItemsAreReadAsCodeAndName() {
        CategoryForm form = new CategoryForm();
        form.setCharges(List.of("c02043 危险驾驶罪", "C05002", "C02043 危险驾驶罪"));

        assertEquals(List.of("C02043", "C05002"), form.chargeCodes());
        assertEquals(List.of(new ChargeRef("C02043", "危险驾驶罪"), new ChargeRef("C05002", "")), form.chargeRefs());
    }

    @Test
    void problemsNameTheirRuleAndCategory() {
        ClassificationStandard standard = new ClassificationStandard(1, List.of(TestStandards.theft(),
                TestStandards.theft()));

        StandardProblem problem = standard.problems().get(0);

        assertEquals(StandardProblem.Rule.DUPLICATE_ID, problem.rule());
        assertEquals(2, problem.category());
        assertEquals("standard.violation.DUPLICATE_ID", problem.key());
        assertEquals("Category 2 (PR-THEFT): id is used by an earlier category", problem.english());
    }
}
