package io.switchboard.application;

import java.util.List;
import java.util.Map;

/** Status of what Switchboard depends on, in the shape of MicroProfile Health's JSON. */
public record HealthReport(String status, List<Check> checks) {

    public record Check(String name, String status, Map<String, Object> data) {
    }

    public boolean up() {
        return "UP".equals(status);
    }
}
