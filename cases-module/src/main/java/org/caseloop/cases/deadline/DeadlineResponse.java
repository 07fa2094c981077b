package org.caseloop.cases.deadline;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A computed deadline as the REST API returns it, explained in the caller's language. */
@JsonbPropertyOrder({"start", "period", "custody", "nominalEnd", "deadline", "shifted", "provisional",
        "provisionalYear", "provisionalReason", "explanation"})
public record DeadlineResponse(LocalDate start, String period, boolean custody, LocalDate nominalEnd,
                               LocalDate deadline, boolean shifted, boolean provisional, Integer provisionalYear,
                               String provisionalReason, String explanation) {

    static DeadlineResponse of(Deadline deadline, Locale locale) {
        return new DeadlineResponse(deadline.start(), deadline.period().toString(), deadline.inCustody(),
                deadline.nominalEnd(), deadline.deadline(), deadline.shifted(), deadline.provisional(),
                deadline.provisionalYear(), deadline.provisionalReason(locale), deadline.explanation(locale));
    }
}
