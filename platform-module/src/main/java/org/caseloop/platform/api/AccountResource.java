package org.caseloop.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.caseloop.platform.organisation.OrganisationAdmin;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.security.DataScope;
import org.caseloop.platform.security.UserContext;
import org.caseloop.platform.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account. */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The signed-in user")
public class AccountResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationAdmin admin;

    /** The caller, their roles and data scope. */
    public record Me(UserContext user, DataScope scope) {
    }

    public record PasswordChange(@NotBlank @PlainText(max = 128) String currentPassword,
                                 @NotBlank @PlainText(max = 128) String newPassword) {
    }

    @GET
    @Path("me")
    @Operation(summary = "Who am I: user, roles and data scope")
    public Me me() {
        return new Me(currentUser.get(), currentUser.scope());
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my password")
    public Response changePassword(@Valid @NotNull PasswordChange change) {
        admin.changeOwnPassword(currentUser.get().username(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }
}
