package io.switchboard.application.internal;

import io.switchboard.application.ImDelivery;
import io.switchboard.application.ImWebhookService;
import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.message.ImWebhook;
import io.switchboard.domain.model.message.ImWebhookRepository;
import io.switchboard.domain.model.outbound.OutboundRefusedException;
import io.switchboard.infrastructure.messaging.WebhookClient;
import io.switchboard.infrastructure.outbound.OutboundHttp;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The IM webhook of the caller's tenant. A URL is checked against the outbound address policy when it is saved
 * (a 400 naming {@code url}, nothing stored) and again by {@link OutboundHttp} at every delivery.
 */
@Stateless
public class DefaultImWebhookService implements ImWebhookService {

    private static final Logger LOG = Logger.getLogger(DefaultImWebhookService.class.getName());

    @Inject
    ImWebhookRepository webhooks;
    @Inject
    WebhookClient client;
    @Inject
    OutboundHttp outbound;
    @Inject
    Clock clock;

    @Override
    public WebhookView configure(String url, boolean rotateSecret) {
        try {
            outbound.requireAllowed(url);
        } catch (OutboundRefusedException e) {
            throw new InvalidFieldException("url", e.getMessage()).coded("webhook.urlRefused", url, e.getMessage());
        }
        Optional<ImWebhook> existing = webhooks.current();
        if (existing.isEmpty()) {
            ImWebhook created = new ImWebhook(url, clock.instant());
            webhooks.add(created);
            return view(created, true);
        }
        ImWebhook w = existing.get();
        w.point(url, clock.instant());
        if (rotateSecret) {
            w.rotateSecret();
        }
        return view(w, rotateSecret);
    }

    @Override
    public Optional<WebhookView> current() {
        return webhooks.current().map(w -> view(w, false));
    }

    @Override
    public void disable() {
        webhooks.current().orElseThrow(() -> new NotFoundException("no IM webhook configured")
                .coded("webhook.notConfigured")).disable(clock.instant());
    }

    @Override
    public void deliver(ImDelivery d) {
        Optional<ImWebhook> webhook = webhooks.current().filter(ImWebhook::isEnabled);
        if (webhook.isEmpty()) {
            LOG.info(() -> "IM webhook switched off; delivery " + d.deliveryId() + " dropped");
            return;
        }
        client.post(webhook.get(), d);
    }

    private static WebhookView view(ImWebhook w, boolean withSecret) {
        return new WebhookView(w.getUrl(), w.isEnabled(), withSecret ? w.getSecret() : null, w.getUpdatedAt());
    }
}
