package org.caseloop.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Arrays;

/** Predicates and conditions for {@link ModuleBoundariesTest}. */
final class ModuleRules {

    private ModuleRules() {
    }

    /** Classes of the named modules that are not in their published {@code api} package. */
    static DescribedPredicate<JavaClass> insideAnotherModuleThanApi(String... modules) {
        return new DescribedPredicate<>("internals of " + Arrays.toString(modules)) {
            @Override
            public boolean test(JavaClass c) {
                for (String module : modules) {
                    String root = "org.caseloop." + module;
                    if ((c.getPackageName().equals(root) || c.getPackageName().startsWith(root + "."))
                            && !c.getPackageName().startsWith(root + ".api")) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    /** A class may use an {@code internal} package only if it lives under that package's parent. */
    static ArchCondition<JavaClass> reachIntoForeignInternalPackages() {
        return new ArchCondition<>("reach into another part's internal package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (target.startsWith("org.caseloop.") && internal > 0
                            && !origin.getPackageName().startsWith(target.substring(0, internal))) {
                        events.add(SimpleConditionEvent.satisfied(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
