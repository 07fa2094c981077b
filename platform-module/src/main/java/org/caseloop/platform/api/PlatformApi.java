package org.caseloop.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.caseloop.platform.web.api.ApiProviders;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.Set;

/** The administration API: audit trail, organisation and staff. */
@ApplicationPath("admin/api")
@OpenAPIDefinition(info = @Info(title = "CaseLoop API", version = "1",
        description = "Closed-loop case management for procuratorates. Errors are application/problem+json; "
                + "lists page with offset/limit (or a key for the audit trail). Authenticate with HTTP Basic."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class PlatformApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return ApiProviders.with(AuditResource.class, StaffResource.class, OrganisationResource.class,
                AccountResource.class);
    }
}
