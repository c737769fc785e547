package io.switchboard.infrastructure.messaging;

import io.switchboard.application.ImDelivery;
import io.switchboard.domain.model.message.ImWebhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * POSTs one delivery to a partner's webhook with the JDK HttpClient, signed. Any answer other than 2xx, and any
 * I/O failure, is an exception: the caller's transaction rolls back and the broker redelivers.
 */
@ApplicationScoped
public class WebhookClient {

    public static final String SIGNATURE_HEADER = "X-Switchboard-Signature";
    public static final String DELIVERY_HEADER = "X-Switchboard-Delivery";

    private static final Jsonb JSONB = JsonbBuilder.create();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** The JSON the partner receives. */
    public record Payload(String event, String deliveryId, String visitorId, long conversationId, long seq,
            String sender, String code, String body, Instant sentAt) {
    }

    public void post(ImWebhook webhook, ImDelivery d) {
        String body = JSONB.toJson(new Payload("message", d.deliveryId(), d.visitorId(), d.conversationId(), d.seq(),
                d.sender(), d.code(), d.body(), d.sentAt()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.getUrl())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header(SIGNATURE_HEADER, "sha256=" + webhook.sign(body))
                .header(DELIVERY_HEADER, d.deliveryId())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("webhook " + webhook.getUrl() + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the webhook", e);
        }
        if (status / 100 != 2) {
            throw new IllegalStateException("webhook " + webhook.getUrl() + " answered " + status);
        }
    }
}
