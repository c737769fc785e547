package io.switchboard.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;

/** The IM/app channel's outbound webhook (CH-8) of the caller's tenant. */
public interface ImWebhookService {

    /** The secret is included only right after it was created or rotated. */
    record WebhookView(String url, boolean enabled, String secret, Instant updatedAt) {
    }

    /**
     * Points the webhook at a URL (creating it with a new secret on first use).
     *
     * @throws InvalidFieldException ({@code url}) when the URL is not http(s), carries a user name or password, or
     *                               its host resolves to an address that is not public and not allowed by the operator
     */
    WebhookView configure(@NotBlank @Size(max = 500) String url, boolean rotateSecret);

    Optional<WebhookView> current();

    void disable();

    /**
     * Called by the webhook queue's consumer: POSTs the line, signed. Throws when the partner does not answer
     * 2xx, so the broker retries with back-off and finally dead-letters it.
     */
    void deliver(@NotNull ImDelivery delivery);
}
