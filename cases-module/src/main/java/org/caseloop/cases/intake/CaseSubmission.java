package org.caseloop.cases.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.CustodyStatus;
import org.caseloop.cases.api.Procedure;
import org.caseloop.platform.validation.CaseDate;
import org.caseloop.platform.validation.PlainText;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as the investigating agency submits it for intake (受理). The agency's name and its own reference identify
 * the submission: the same submission again returns the case already registered.
 *
 * @param possibleSentenceMonths  the heaviest sentence the facts could carry, in months (0 when none)
 * @param supervisoryTransfer     transferred by a supervisory commission with the suspect under retention (留置)
 * @param majorComplex            the agency or the case office marks the case major or complex (重大、复杂)
 */
public record CaseSubmission(
        @NotNull(message = "{caseloop.cases.businessType.required}") BusinessType businessType,
        @NotBlank(message = "{caseloop.cases.agencyName.required}")
        @PlainText(max = 100) String agencyName,
        @NotBlank(message = "{caseloop.cases.agencyReference.required}")
        @PlainText(max = 100) String agencyReference,
        @NotNull(message = "{caseloop.cases.receivedDate.required}")
        @CaseDate LocalDate receivedDate,
        Procedure procedure,
        boolean guiltyPlea,
        @Min(value = 0, message = "{caseloop.cases.months.negative}") int possibleSentenceMonths,
        @Min(value = 0, message = "{caseloop.cases.months.negative}") Integer recommendationMinMonths,
        @Min(value = 0, message = "{caseloop.cases.months.negative}") Integer recommendationMaxMonths,
        boolean sensitive,
        boolean supervisoryTransfer,
        boolean majorComplex,
        @PlainText(max = 2000, multiline = true) String summary,
        @NotEmpty(message = "{caseloop.cases.suspects.required}")
        @Size(max = 100, message = "{caseloop.cases.list.tooLong}") List<@NotNull @Valid SuspectInput> suspects,
        @Size(max = 500, message = "{caseloop.cases.list.tooLong}") List<@NotNull @Valid VictimInput> victims,
        @Size(max = 20, message = "{caseloop.cases.list.tooLong}")
        List<@NotBlank(message = "{caseloop.cases.chargeCode.required}") @PlainText(max = 16) String> chargeCodes) {

    public CaseSubmission {
        victims = victims == null ? List.of() : victims;
        chargeCodes = chargeCodes == null ? List.of() : chargeCodes;
    }

    /** A suspect (犯罪嫌疑人). */
    public record SuspectInput(
            @NotBlank(message = "{caseloop.cases.suspect.name.required}")
            @PlainText(max = 100) String name,
            @Pattern(regexp = "[0-9]{17}[0-9Xx]|[0-9]{15}", message = "{caseloop.cases.suspect.idNumber.pattern}")
            String idNumber,
            @NotNull(message = "{caseloop.cases.suspect.age.required}")
            @Min(value = 12, message = "{caseloop.cases.suspect.age.range}")
            @Max(value = 120, message = "{caseloop.cases.suspect.age.range}") Integer ageAtOffence,
            @NotNull(message = "{caseloop.cases.suspect.custody.required}") CustodyStatus custodyStatus,
            @CaseDate LocalDate custodySince) {
    }

    /** A victim (被害人). */
    public record VictimInput(
            @NotBlank(message = "{caseloop.cases.victim.name.required}")
            @PlainText(max = 100) String name) {
    }
}
