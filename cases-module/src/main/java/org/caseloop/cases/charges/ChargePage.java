package org.caseloop.cases.charges;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a charge search. */
@Schema(name = "ChargePage", description = "One page of charges ordered by code")
public record ChargePage(
        @Schema(description = "The charges on this page") List<ChargeView> items,
        @Schema(description = "Index of the first charge on this page", example = "0") int offset,
        @Schema(description = "Page size asked for", example = "20") int limit,
        @Schema(description = "Number of matching charges on all pages", example = "483") long total) {
}
