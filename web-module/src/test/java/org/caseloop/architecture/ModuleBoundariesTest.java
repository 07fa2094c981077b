package org.caseloop.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module boundaries of CaseLoop: modules talk to each other only through their published
 * {@code api} packages (or CDI events declared there), the platform knows no module, and nobody
 * reaches into an {@code internal} package of another part.
 */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.caseloop");
    }

    @Test
    void platformDependsOnNoModule() {
        ArchRule rule = noClasses().that().resideInAPackage("org.caseloop.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.caseloop.cases..", "org.caseloop.review..", "org.caseloop.petition..");
        rule.check(classes);
    }

    @Test
    void casesUsesOtherModulesOnlyThroughTheirApi() {
        noClasses().that().resideInAPackage("org.caseloop.cases..")
                .should().dependOnClassesThat(ModuleRules.insideAnotherModuleThanApi("review", "petition"))
                .check(classes);
    }

    @Test
    void reviewUsesOtherModulesOnlyThroughTheirApi() {
        noClasses().that().resideInAPackage("org.caseloop.review..")
                .should().dependOnClassesThat(ModuleRules.insideAnotherModuleThanApi("cases", "petition"))
                .check(classes);
    }

    @Test
    void petitionsUseOtherModulesOnlyThroughTheirApi() {
        noClasses().that().resideInAPackage("org.caseloop.petition..")
                .should().dependOnClassesThat(ModuleRules.insideAnotherModuleThanApi("cases", "review"))
                .check(classes);
    }

    @Test
    void internalPackagesStayInsideTheirParent() {
        noClasses().that().resideOutsideOfPackage("org.caseloop.platform.audit..")
                .should().dependOnClassesThat().resideInAPackage("org.caseloop.platform.audit.internal..")
                .check(classes);
        noClasses().should(ModuleRules.reachIntoForeignInternalPackages()).check(classes);
    }

    @Test
    void modulesFormNoCycles() {
        slices().matching("org.caseloop.(*)..").should().beFreeOfCycles().check(classes);
    }
}
