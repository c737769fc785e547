package io.switchboard.interfaces.rest;

/** A new tenant; fields are validated by the provisioning service. */
public record PlatformTenantRequest(String code, String name, String adminUsername, String adminPassword) {
}
