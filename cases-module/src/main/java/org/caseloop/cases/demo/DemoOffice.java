package org.caseloop.cases.demo;

import java.util.List;

/**
 * A procuratorate as the generator sees it: who registers, who decides, and who handles cases, split
 * into fast-trial team members (for simple cases) and the other handlers (for complex ones).
 *
 * @param code the procuratorate's administrative code, used as the area code of generated ID numbers
 */
record DemoOffice(long procuratorateId, String code, String name, String shortName, String registrar, String deputy,
                  List<Handler> fastTrial, List<Handler> ordinary) {

    record Handler(long staffId, String username, long departmentId, Long teamId, String teamName) {
    }

    boolean canHandleCases() {
        return !ordinary.isEmpty() || !fastTrial.isEmpty();
    }
}
