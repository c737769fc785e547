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

    /**
     * SWITCHBOARD_SOCKET_IDLE_SECONDS [60, at least 10]: a visitor or agent socket whose client sent nothing for this
     * long is closed by the server with a close frame (1001, reason {@code idle}). Clients are told the time in their
     * {@code hello} frame and ping at a third of it.
     */
    public int socketIdleSeconds() {
        return Math.max(10, getInt("SWITCHBOARD_SOCKET_IDLE_SECONDS", 60));
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
