package io.switchboard.interfaces.rest;

import io.switchboard.application.ImWebhookService;
import io.switchboard.application.ImWebhookService.WebhookView;
import io.switchboard.application.NotFoundException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The IM/app channel's reply webhook (CH-8): agent replies are POSTed there as JSON, with
 * {@code X-Switchboard-Signature: sha256=<hex HMAC-SHA256 of the body with the secret>} and a stable
 * {@code X-Switchboard-Delivery} id, retried with back-off until the partner answers 2xx.
 */
@Path("v1/im/webhook")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImWebhookResource {

    @Inject
    ImWebhookService webhooks;

    public record WebhookRequest(@NotBlank @Size(max = 500) String url, Boolean rotateSecret) {
    }

    @GET
    public WebhookView get() {
        return webhooks.current().orElseThrow(() -> new NotFoundException("no IM webhook configured"));
    }

    /** The answer carries the secret when it is new (first configuration or {@code rotateSecret}). */
    @PUT
    public WebhookView put(@NotNull @Valid WebhookRequest request) {
        return webhooks.configure(request.url(), Boolean.TRUE.equals(request.rotateSecret()));
    }

    @DELETE
    public Response disable() {
        webhooks.disable();
        return Response.noContent().build();
    }
}
