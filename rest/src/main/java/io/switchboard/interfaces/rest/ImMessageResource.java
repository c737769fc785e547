package io.switchboard.interfaces.rest;

import io.switchboard.application.InboundMessageCommand;
import io.switchboard.application.InboundMessageService;
import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.message.ChannelKind;
import io.switchboard.domain.model.message.InboundMessage;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The IM/app channel's inbound side: 202 Accepted means the message is on the persistent queue and will be
 * processed even if the server stops now.
 */
@Path("v1/im/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImMessageResource {

    @Inject
    InboundMessageService messages;

    @POST
    public Response send(@NotNull @Valid ImMessageRequest request) {
        InboundMessageCommand accepted = messages.accept(ChannelKind.IM_API, request.senderId(),
                request.clientMessageId(), request.text(), request.skillGroupId(), request.attachmentId(),
                request.association(), request.entry(),
                io.switchboard.domain.model.message.Language.of(request.lang()));
        return Response.accepted(new ImMessageDto(accepted.clientMessageId(), accepted.senderId(), accepted.body(),
                "ACCEPTED", accepted.acceptedAt(), null)).build();
    }

    @GET
    @Path("{clientMessageId}")
    public ImMessageDto get(@PathParam("clientMessageId") String clientMessageId) {
        InboundMessage m = messages.findByClientMessageId(clientMessageId)
                .orElseThrow(() -> new NotFoundException("no stored message " + clientMessageId));
        return new ImMessageDto(m.getClientMessageId(), m.getSenderId(), m.getBody(), "STORED", m.getAcceptedAt(),
                m.getProcessedAt());
    }
}
