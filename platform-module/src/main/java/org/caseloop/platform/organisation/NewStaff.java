package org.caseloop.platform.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.caseloop.platform.validation.PlainText;

import java.util.Set;

/** What an administrator enters to create a member of staff. */
public record NewStaff(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[a-z][a-z0-9._-]*",
                message = "{caseloop.username.pattern}") String username,
        @NotBlank @PlainText(max = 100) String displayName,
        @NotNull Long procuratorateId,
        Long departmentId,
        Long teamId,
        @NotEmpty Set<Role> roles,
        @NotBlank @PlainText(max = 128) String initialPassword) {
}
