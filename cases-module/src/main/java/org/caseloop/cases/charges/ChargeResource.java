package org.caseloop.cases.charges;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.caseloop.platform.web.api.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The charges catalogue for pickers on the case card: {@code GET /cases/api/charges}. */
@Path("charges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Charges", description = "The charges (罪名) of the Criminal Law")
public class ChargeResource {

    private static final int MAX_LIMIT = 200;

    @Inject
    ChargeCatalogue catalogue;

    @GET
    @Operation(summary = "Search charges",
            description = "Charges whose name contains q or whose code starts with q, ordered by code; "
                    + "all charges when q is empty.")
    @APIResponse(responseCode = "200", description = "One page of charges",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChargePage.class)))
    @APIResponse(responseCode = "400", description = "offset is negative or limit is outside 1–200")
    public ChargePage search(
            @Parameter(description = "Part of the name, or the start of the code", example = "驾驶")
            @QueryParam("q") String q,
            @Parameter(description = "Index of the first charge to return", example = "0")
            @QueryParam("offset") @DefaultValue("0") int offset,
            @Parameter(description = "Page size, 1–" + MAX_LIMIT, example = "20")
            @QueryParam("limit") @DefaultValue("20") int limit) {
        Paging.check(offset, limit, MAX_LIMIT);
        ChargeCatalogue.SearchResult result = catalogue.search(q, offset, limit);
        return new ChargePage(result.items().stream().map(ChargeView::of).toList(), offset, limit, result.total());
    }
}
