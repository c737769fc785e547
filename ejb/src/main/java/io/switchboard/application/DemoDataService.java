package io.switchboard.application;

import java.util.List;
import java.util.Optional;

public interface DemoDataService {

    /** One demo login, with its password as it must be shown once. */
    record DemoLogin(String username, String role, String password, boolean generated) {
    }

    /** What was created: tenant code, site key and logins. */
    record DemoTenant(String tenantCode, String siteKey, String apiKey, List<DemoLogin> logins) {
    }

    /** Creates the demo tenant when the database holds no tenant at all; empty otherwise. */
    Optional<DemoTenant> seedIfEmpty();
}
