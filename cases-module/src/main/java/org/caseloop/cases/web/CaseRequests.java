package org.caseloop.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.caseloop.cases.casefile.RiskLevel;
import org.caseloop.cases.casefile.Stage;
import org.caseloop.platform.validation.CaseDate;
import org.caseloop.platform.validation.PlainText;

import java.time.LocalDate;

/** The bodies of the case operations of the API. */
public final class CaseRequests {

    private CaseRequests() {
    }

    public record Transition(@NotNull(message = "{caseloop.cases.stage.required}") Stage to,
                             @PlainText(max = 500, multiline = true) String reason) {
    }

    public record Risk(@NotNull(message = "{caseloop.cases.risk.level.required}") RiskLevel level,
                       @NotBlank(message = "{caseloop.cases.reason.required}")
                       @PlainText(max = 500, multiline = true) String reason) {
    }

    public record SupplementaryReturn(@CaseDate LocalDate returnedOn,
                                      @NotBlank(message = "{caseloop.cases.reason.required}")
                                      @PlainText(max = 500, multiline = true) String reason) {
    }

    public record CameBack(@CaseDate LocalDate cameBackOn) {
    }

    public record Extension(@PlainText(max = 500, multiline = true) String reason) {
    }

    public record Reassignment(@NotNull(message = "{caseloop.cases.handler.required}") Long handlerId,
                               @NotBlank(message = "{caseloop.cases.reason.required}")
                               @PlainText(max = 500, multiline = true) String reason) {
    }
}
