package io.switchboard.domain.model.message;

import java.util.Optional;

public interface ImWebhookRepository {

    void add(ImWebhook webhook);

    /** The current tenant's webhook, if one was configured. */
    Optional<ImWebhook> current();
}
