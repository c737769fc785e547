package io.switchboard.interfaces.rest;

import io.switchboard.application.ConversationService;
import io.switchboard.application.ConversationView;
import io.switchboard.application.InboundMessageCommand;
import io.switchboard.application.InboundMessageService;
import io.switchboard.application.MessageView;
import io.switchboard.application.NewConversation;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.ServiceSummaryService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Conversations of the API key's tenant and their routing (RT-2..RT-12): request a human agent, follow the
 * state and queue position, and drive the conversation as the visitor or as the assigned agent.
 */
@Path("v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConversationResource {

    @Inject
    ConversationService conversations;
    @Inject
    io.switchboard.application.SupervisorService supervisor;
    @Inject
    io.switchboard.application.QualityService quality;
    @Inject
    ServiceSummaryService summaries;
    @Inject
    InboundMessageService inbound;
    @Inject
    io.switchboard.application.FlowService flows;

    /**
     * Text written by the visitor or by an agent ({@code agentId} set). A visitor's line may name its
     * {@code clientMessageId}: a retry with the same id is stored once.
     */
    public record MessageRequest(@Size(max = 4000) String text, Long agentId, @Size(max = 36) String attachmentId,
            @Size(max = 100) String clientMessageId) {
    }

    /** A visitor's line accepted onto the durable inbound queue (202): follow it at {@code /api/v1/im/messages/{id}}. */
    public record AcceptedLine(long conversationId, String clientMessageId, String status, java.time.Instant acceptedAt) {
    }

    public record AgentRequest(@NotNull Long agentId) {
    }

    public record CloseRequest(Long agentId) {
    }

    public record PresenceRequest(boolean online) {
    }

    public record HandOffRequest(Long skillGroupId) {
    }

    public record TransferRequest(@NotNull Long fromAgentId, Long toAgentId, Long toSkillGroupId, @Size(max = 500) String note) {
    }

    /** A quality score (质检): 0–100, a comment, marks per item (0–100 each). */
    public record QaRequest(@jakarta.validation.constraints.NotNull Integer score, @Size(max = 1000) String comment,
                            java.util.Map<String, Integer> marks) {
    }

    public record TransferAnswer(@NotNull Long agentId, boolean accept) {
    }

    public record SummaryRequest(@NotNull Long agentId, @NotBlank @Size(max = 60) String category,
            @Size(max = 2000) String note, @Size(max = 10) List<@Size(max = 30) String> tags) {
    }

    @POST
    public Response request(@NotNull @Valid NewConversation request, @Context UriInfo uri) {
        ConversationView created = conversations.request(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    public Page<ConversationView> list(@QueryParam("state") String state,
                                       @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                       @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return new Page<>(conversations.list(state, offset, limit), offset, limit, conversations.count(state));
    }

    @GET
    @Path("{id}")
    public ConversationView get(@PathParam("id") long id) {
        return conversations.get(id);
    }

    /** Where the conversation is in its flow (FL-1) and the variables the flow collected; 404 when it ran none. */
    @GET
    @Path("{id}/flow")
    public io.switchboard.application.FlowService.RunView flow(@PathParam("id") long id) {
        conversations.get(id); // 404 for a conversation of another tenant or none
        return flows.run(id).orElseThrow(() -> new io.switchboard.application.NotFoundException(
                "conversation " + id + " ran no flow").coded("conversation.noFlow", id));
    }

    @GET
    @Path("{id}/messages")
    public List<MessageView> transcript(@PathParam("id") long id,
                                        @QueryParam("after") @DefaultValue("0") @Min(0) long after,
                                        @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(1000) int limit) {
        return conversations.transcript(id, after, limit);
    }

    @POST
    @Path("{id}/messages")
    public Response write(@PathParam("id") long id, @NotNull @Valid MessageRequest message) {
        if (message.attachmentId() != null) {
            if (message.agentId() == null) {
                throw new IllegalArgumentException("attachmentId: only agents send files through this resource; "
                        + "visitors send them on their channel");
            }
            return Response.ok(conversations.agentAttachment(id, message.agentId(), message.attachmentId())).build();
        }
        if (message.text() == null || message.text().isBlank()) {
            throw new IllegalArgumentException("text: must not be blank");
        }
        if (message.agentId() != null) {
            return Response.ok(conversations.agentMessage(id, message.agentId(), message.text())).build();
        }
        // the visitor's line takes the channels' durable path: stored by the inbound consumer, 202 once it is queued
        InboundMessageCommand accepted = inbound.acceptForConversation(id, message.clientMessageId(), message.text());
        return Response.accepted(new AcceptedLine(id, accepted.clientMessageId(), "ACCEPTED", accepted.acceptedAt()))
                .build();
    }

    /** CH-10: the agent takes back one of their lines within two minutes. */
    @POST
    @Path("{id}/messages/{seq}/recall")
    public MessageView recall(@PathParam("id") long id, @PathParam("seq") long seq, @NotNull @Valid AgentRequest request) {
        return conversations.recall(id, request.agentId(), seq);
    }

    @POST
    @Path("{id}/accept")
    public ConversationView accept(@PathParam("id") long id, @NotNull @Valid AgentRequest request) {
        return conversations.accept(id, request.agentId());
    }

    @POST
    @Path("{id}/close")
    public ConversationView close(@PathParam("id") long id, CloseRequest request) {
        return conversations.close(id, request == null ? null : request.agentId());
    }

    @POST
    @Path("{id}/presence")
    public ConversationView presence(@PathParam("id") long id, @NotNull PresenceRequest request) {
        return conversations.visitorPresence(id, request.online());
    }

    @POST
    @Path("{id}/hand-off")
    public ConversationView handOff(@PathParam("id") long id, HandOffRequest request) {
        return conversations.handOff(id, request == null ? null : request.skillGroupId());
    }

    @POST
    @Path("{id}/transfer")
    public ConversationView transfer(@PathParam("id") long id, @NotNull @Valid TransferRequest request) {
        return conversations.transfer(id, request.fromAgentId(), request.toAgentId(), request.toSkillGroupId(), request.note());
    }

    /** A supervisor's move of a live conversation to another agent, at once (issue 21). */
    public record MoveRequest(@NotNull Long toAgentId, @Size(max = 500) String note) {
    }

    @POST
    @Path("{id}/move")
    public ConversationView move(@PathParam("id") long id, @NotNull @Valid MoveRequest request) {
        return supervisor.move(id, request.toAgentId(), request.note());
    }

    @POST
    @Path("{id}/transfer/answer")
    public ConversationView answerTransfer(@PathParam("id") long id, @NotNull @Valid TransferAnswer answer) {
        return conversations.answerTransfer(id, answer.agentId(), answer.accept());
    }

    /** AG-2: asks the visitor to rate now; the widget shows its rating form. */
    @POST
    @Path("{id}/rating-invite")
    public ConversationView inviteRating(@PathParam("id") long id, @NotNull @Valid AgentRequest request) {
        return conversations.inviteRating(id, request.agentId());
    }

    /** The service summary (服务小结) of the conversation, written by the agent who served it. */
    /** Scores an ended conversation (issue 21, 质检), or changes its score. */
    @PUT
    @Path("{id}/qa")
    public io.switchboard.application.QualityService.QaView score(@PathParam("id") long id,
            @NotNull @Valid QaRequest request) {
        return quality.score(id, request.score(), request.comment(), request.marks());
    }

    @GET
    @Path("{id}/qa")
    public io.switchboard.application.QualityService.QaView qa(@PathParam("id") long id) {
        return quality.of(id).orElseThrow(() -> new io.switchboard.application.NotFoundException(
                "conversation " + id + " has no quality score").coded("conversation.notFound", id));
    }

    @PUT
    @Path("{id}/summary")
    public ServiceSummaryService.SummaryView writeSummary(@PathParam("id") long id, @NotNull @Valid SummaryRequest request) {
        return summaries.write(id, request.agentId(), request.category(), request.note(), request.tags());
    }

    @GET
    @Path("{id}/summary")
    public ServiceSummaryService.SummaryView summary(@PathParam("id") long id) {
        conversations.get(id); // 404 for an unknown conversation, before "no summary"
        return summaries.of(id).orElseThrow(() -> new NotFoundException("conversation " + id + " has no service summary"));
    }
}
