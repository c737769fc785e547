package io.switchboard.infrastructure.config;

import io.switchboard.infrastructure.security.OriginPolicy;
import io.switchboard.domain.model.account.LoginPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Installation settings, read from a system property or else an environment variable: {@code SWITCHBOARD_X_Y}
 * may also be given as {@code -Dswitchboard.x.y}. One place for every knob that is not per tenant.
 */
@ApplicationScoped
public class SwitchboardSettings {

    public Optional<String> get(String envName) {
        String property = envName.toLowerCase(Locale.ROOT).replace('_', '.');
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(envName);
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    public int getInt(String envName, int defaultValue) {
        return get(envName).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(envName + " must be a whole number, got '" + v + "'", e);
            }
        }).orElse(defaultValue);
    }

    /**
     * SWITCHBOARD_LOGIN_MAX_FAILURES [5], SWITCHBOARD_LOGIN_LOCK_MINUTES [15], SWITCHBOARD_LOGIN_ADDRESS_FAILURES
     * [10] and SWITCHBOARD_LOGIN_MAX_BACKOFF_SECONDS [300].
     */
    public LoginPolicy loginPolicy() {
        LoginPolicy d = LoginPolicy.DEFAULT;
        return new LoginPolicy(
                getInt("SWITCHBOARD_LOGIN_MAX_FAILURES", d.maxFailures()),
                Duration.ofMinutes(getInt("SWITCHBOARD_LOGIN_LOCK_MINUTES", (int) d.lockDuration().toMinutes())),
                getInt("SWITCHBOARD_LOGIN_ADDRESS_FAILURES", d.addressFreeFailures()),
                Duration.ofSeconds(getInt("SWITCHBOARD_LOGIN_MAX_BACKOFF_SECONDS", (int) d.maxBackoff().toSeconds())));
    }

    /**
     * The origins staff pages and staff sockets accept requests from: the origin of SWITCHBOARD_PUBLIC_URL and those
     * listed in SWITCHBOARD_ALLOWED_ORIGINS (comma-separated, e.g. {@code https://cc.example.com,https://10.1.2.3:8443}).
     */
    public OriginPolicy originPolicy() {
        return OriginPolicy.of(publicUrl(), get("SWITCHBOARD_ALLOWED_ORIGINS").orElse(""));
    }

    /** Base URL printed at start and used in links; default http://localhost:8080 plus the port offset. */
    public String publicUrl() {
        return get("SWITCHBOARD_PUBLIC_URL").orElseGet(() -> {
            int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
            int port = Integer.getInteger("jboss.http.port", 8080) + offset;
            return "http://localhost:" + port;
        });
    }
}
