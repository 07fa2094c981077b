package org.caseloop.cases.intake;

import org.caseloop.platform.web.Problem;

import java.util.List;

/**
 * What became of each case of a {@link BulkSubmission}, in the order submitted: 201 registered, 200 registered
 * before with the same content, 409 or 422 refused with the problem.
 */
public record BulkOutcome(int created, int existing, int refused, List<Item> results) {

    public record Item(int index, int status, Long caseId, String caseNumber, Problem problem) {

        public static Item registered(int index, IntakeService.Registration r) {
            return new Item(index, r.created() ? 201 : 200, r.caseId(), r.caseNumber(), null);
        }

        public static Item refused(int index, Problem problem) {
            return new Item(index, problem.status(), null, null, problem);
        }
    }

    public static BulkOutcome of(List<Item> results) {
        int created = (int) results.stream().filter(i -> i.status() == 201).count();
        int existing = (int) results.stream().filter(i -> i.status() == 200).count();
        return new BulkOutcome(created, existing, results.size() - created - existing, results);
    }
}
