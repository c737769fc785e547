package io.switchboard.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the platform needs to open a tenant with its first administrator. The password's rules are those of
 * {@link io.switchboard.domain.model.account.PasswordPolicy}, checked by the provisioning service.
 */
public record NewTenant(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "lower-case letters, digits and '-'")
        String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String adminUsername,
        String adminPassword) {
}
