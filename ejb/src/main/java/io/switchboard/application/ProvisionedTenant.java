package io.switchboard.application;

/** A new tenant; {@code apiKey} is the only time the plain key is available. */
public record ProvisionedTenant(String tenantId, String code, String adminUsername, String apiKey) {
}
