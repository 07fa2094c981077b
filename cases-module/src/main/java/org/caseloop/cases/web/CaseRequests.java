package org.caseloop.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.caseloop.cases.casefile.RiskLevel;
import org.caseloop.cases.casefile.Stage;

import java.time.LocalDate;

/** The bodies of the case operations of the API. */
public final class CaseRequests {

    private CaseRequests() {
    }

    public record Transition(@NotNull(message = "{caseloop.cases.stage.required}") Stage to,
                             @Size(max = 500, message = "{caseloop.cases.text.tooLong}") String reason) {
    }

    public record Risk(@NotNull(message = "{caseloop.cases.risk.level.required}") RiskLevel level,
                       @NotBlank(message = "{caseloop.cases.reason.required}")
                       @Size(max = 500, message = "{caseloop.cases.text.tooLong}") String reason) {
    }

    public record SupplementaryReturn(LocalDate returnedOn,
                                      @NotBlank(message = "{caseloop.cases.reason.required}")
                                      @Size(max = 500, message = "{caseloop.cases.text.tooLong}") String reason) {
    }

    public record CameBack(LocalDate cameBackOn) {
    }

    public record Extension(@Size(max = 500, message = "{caseloop.cases.text.tooLong}") String reason) {
    }

    public record Reassignment(@NotNull(message = "{caseloop.cases.handler.required}") Long handlerId,
                               @NotBlank(message = "{caseloop.cases.reason.required}")
                               @Size(max = 500, message = "{caseloop.cases.text.tooLong}") String reason) {
    }
}
