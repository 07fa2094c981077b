package org.caseloop.platform.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.caseloop.platform.organisation.NewStaff;
import org.caseloop.platform.organisation.OrganisationAdmin;
import org.caseloop.platform.organisation.Page;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.organisation.Roles;
import org.caseloop.platform.organisation.StaffDirectory;
import org.caseloop.platform.organisation.StaffView;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.security.DataScope;
import org.caseloop.platform.security.OneTimePasswords;
import org.caseloop.platform.security.UserContext;
import org.caseloop.platform.validation.PlainText;
import org.caseloop.platform.web.AccessDeniedException;
import org.caseloop.platform.web.api.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff", description = "Members of staff, their roles and place in the organisation")
public class StaffResource {

    @Inject
    OrganisationAdmin admin;

    @Inject
    StaffDirectory directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    OneTimePasswords oneTimePasswords;

    /** Editable fields of a member of staff. */
    public record StaffUpdate(@NotBlank @PlainText(max = 100) String displayName, Long departmentId, Long teamId, @NotNull Set<Role> roles,
                              Boolean active, Boolean onLeave) {
    }

    /** A password reset: the administrator's one-time password, or none to have one generated. */
    public record PasswordReset(@PlainText(max = 128) String password) {
    }

    /** A reset done: whose, and the one-time password when CaseLoop generated it. */
    public record PasswordResetDone(long staffId, String username, String oneTimePassword,
                                    boolean mustChangePassword) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY_ADMIN})
    @Operation(summary = "Search staff by name or user name, paged")
    @APIResponse(responseCode = "200", description = "A page of staff with the total")
    public Page<StaffView> search(@Parameter(example = "张") @QueryParam("q") String q,
                                  @QueryParam("procuratorateId") Long procuratorateId,
                                  @Parameter(example = "0") @QueryParam("offset") Integer offset,
                                  @Parameter(example = "20") @QueryParam("limit") Integer limit) {
        int from = offset == null ? 0 : offset;
        int size = limit == null ? 20 : limit;
        Paging.check(from, size, 200);
        return admin.searchStaff(q, procuratorateId, from, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY_ADMIN, Roles.DIRECTOR, Roles.DEPUTY_CHIEF, Roles.CHIEF,
            Roles.CASE_OFFICE})
    @Operation(summary = "One member of staff; administrators see the offices they manage, others their data scope")
    @APIResponse(responseCode = "200", description = "The member of staff")
    @APIResponse(responseCode = "403", description = "Outside the caller's data scope")
    @APIResponse(responseCode = "404", description = "No such member of staff")
    public StaffView get(@PathParam("id") long id) {
        StaffView staff = directory.staff(id).orElseThrow(() -> new NotFoundException("No member of staff " + id));
        UserContext me = currentUser.get();
        if (me.has(Role.ADMIN) || me.has(Role.SECURITY_ADMIN)) {
            return admin.staff(id);
        }
        DataScope scope = currentUser.scope();
        if (!scope.covers(staff.id(), staff.teamId(), staff.departmentId(), staff.procuratorateId())) {
            throw new AccessDeniedException("StaffUser", staff.username(), "This member of staff is outside your data scope");
        }
        return staff;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY_ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a member of staff; they must change the initial password at first login")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The user name is taken")
    @APIResponse(responseCode = "422", description = "Invalid fields or a password that breaks the policy")
    public Response create(@Valid @NotNull NewStaff staff) {
        StaffView created = admin.createStaff(staff);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY_ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit, deactivate or reactivate a member of staff (staff are never deleted)",
            description = "Details, activation and leave are the system administrator's; roles follow who may grant "
                    + "them (security and audit administrator roles only by the security administrator); all only "
                    + "within the offices the caller manages.")
    @APIResponse(responseCode = "403", description = "Not the caller's duty, outside their offices, or their own roles")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    // One transaction for the whole edit: a refused activation or leave change leaves the details unchanged too.
    @Transactional
    public StaffView update(@PathParam("id") long id, @Valid @NotNull StaffUpdate update) {
        StaffView result = admin.updateStaff(id, update.displayName(), update.departmentId(), update.teamId(),
                update.roles());
        if (update.active() != null && update.active() != result.active()) {
            result = admin.setActive(id, update.active());
        }
        if (update.onLeave() != null && update.onLeave() != result.onLeave()) {
            result = admin.setOnLeave(id, update.onLeave());
        }
        return result;
    }

    @POST
    @Path("{id}/password-reset")
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY_ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reset a password to a one-time password and unlock the account",
            description = "Without a password in the body CaseLoop generates one and answers it once; either way the "
                    + "user must change it at the next login. Audited as PASSWORD_RESET.")
    @APIResponse(responseCode = "200", description = "Reset; the generated one-time password if none was given",
            content = @Content(schema = @Schema(implementation = PasswordResetDone.class)))
    @APIResponse(responseCode = "404", description = "No such member of staff")
    @APIResponse(responseCode = "422", description = "A password that breaks the policy")
    public Response resetPassword(@PathParam("id") long id, @Valid @NotNull PasswordReset reset) {
        StaffView staff = existing(id);
        boolean generate = reset.password() == null || reset.password().isEmpty();
        String password = generate ? oneTimePasswords.generate(staff.username()) : reset.password();
        admin.resetPassword(id, password);
        // The answer holds a password: no cache or proxy keeps it.
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new PasswordResetDone(id, staff.username(), generate ? password : null, true))
                .cacheControl(noStore).build();
    }

    @POST
    @Path("{id}/unlock")
    @RolesAllowed(Roles.SECURITY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unlock an account locked after failed logins (audited as USER_UNLOCKED)")
    @APIResponse(responseCode = "204", description = "Unlocked")
    @APIResponse(responseCode = "404", description = "No such member of staff")
    public Response unlock(@PathParam("id") long id) {
        existing(id);
        admin.unlock(id);
        return Response.noContent().build();
    }

    private StaffView existing(long id) {
        return directory.staff(id).orElseThrow(() -> new NotFoundException("No member of staff " + id));
    }
}
