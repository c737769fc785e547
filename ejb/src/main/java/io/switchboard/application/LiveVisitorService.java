package io.switchboard.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The visitors browsing the tenant's sites right now (S2 §1 在线访客) and the chats agents start with them (S3 §2.2
 * 主动发起会话). A visitor is browsing while a page of the site has their widget loaded.
 */
public interface LiveVisitorService {

    /** A page of site {@code siteId} loaded the widget of this visitor (its socket opened), in {@code language}. */
    void arrived(String tenantId, String visitorId, long siteId, String language);

    /**
     * The visitor's socket closed.
     *
     * @return whether the visitor still has a socket open on this node (another tab)
     */
    boolean left(String tenantId, String visitorId);

    /** The current tenant's visitors browsing now, the newest visit first. */
    List<LiveVisitorView> browsing(@Min(1) @Max(500) int limit);

    /**
     * Starts a web chat of agent {@code agentId} with a browsing visitor, with the agent's first line (null or
     * blank: "您好！有什么可以帮您的吗？" in the visitor's language): assigned to the agent at once (it counts against
     * the agent's cap), and the visitor's widget opens with the line.
     *
     * @throws ConflictException the visitor left the site, is in a conversation or is blacklisted; the agent is not
     *                           signed in or at the cap
     * @throws SensitiveContentException the line has blocked words
     */
    ConversationView startChat(long agentId, @NotBlank @Size(max = 100) String visitorId,
            @Size(max = 4000) String text);

    /**
     * One browsing visitor: who (name when known, region, client), where (site, page), since when and how many
     * pages in this visit, whether they came before (an earlier visit), and their open conversation if any.
     */
    record LiveVisitorView(String visitorId, String displayName, long siteId, String siteName, String region,
            String browser, String os, String url, String title, Instant visitStartedAt, int pages, boolean returning,
            Long conversationId, String conversationState, String language) {
    }
}
