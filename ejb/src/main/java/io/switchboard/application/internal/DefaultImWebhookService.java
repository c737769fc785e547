package io.switchboard.application.internal;

import io.switchboard.application.ImDelivery;
import io.switchboard.application.ImWebhookService;
import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.message.ImWebhook;
import io.switchboard.domain.model.message.ImWebhookRepository;
import io.switchboard.infrastructure.messaging.WebhookClient;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

@Stateless
public class DefaultImWebhookService implements ImWebhookService {

    private static final Logger LOG = Logger.getLogger(DefaultImWebhookService.class.getName());

    @Inject
    ImWebhookRepository webhooks;
    @Inject
    WebhookClient client;
    @Inject
    Clock clock;

    @Override
    public WebhookView configure(String url, boolean rotateSecret) {
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
        webhooks.current().orElseThrow(() -> new NotFoundException("no IM webhook configured")).disable(clock.instant());
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
