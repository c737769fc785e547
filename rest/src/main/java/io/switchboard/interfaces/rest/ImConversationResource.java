package io.switchboard.interfaces.rest;

import io.switchboard.application.ConversationService;
import io.switchboard.application.ConversationView;
import io.switchboard.application.MessageView;
import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.message.ChannelKind;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The IM/app channel's outbound side by polling (CH-8): a partner backend reads its visitor's current
 * conversation after the last sequence number it has seen. Sequence numbers are gap-free within a
 * conversation; when {@code conversationId} changes, a new conversation began and the cursor starts at 0.
 */
@Path("v1/im/visitors/{senderId}/conversation")
@Produces(MediaType.APPLICATION_JSON)
public class ImConversationResource {

    @Inject
    ConversationService conversations;

    public record Transcript(ConversationView conversation, List<MessageView> messages, long nextAfter) {
    }

    @GET
    public Transcript poll(@PathParam("senderId") String senderId,
                           @QueryParam("after") @DefaultValue("0") @Min(0) long after,
                           @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        long id = conversations.latestOf(senderId, ChannelKind.IM_API.name())
                .orElseThrow(() -> new NotFoundException("visitor " + senderId + " has no conversation")).id();
        List<MessageView> messages = conversations.transcript(id, after, limit);
        // the state is read after the lines, so it is at least as new as they are: a transcript showing the
        // assignment line never comes with a conversation still shown as queued (the dispatcher commits both)
        ConversationView c = conversations.get(id);
        long next = messages.isEmpty() ? after : messages.get(messages.size() - 1).seq();
        return new Transcript(c, messages, next);
    }
}
