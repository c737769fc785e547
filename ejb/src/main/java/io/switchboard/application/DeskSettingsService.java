package io.switchboard.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** The tenant's workbench settings: service summary rules and the CRM page (AG-2, AG-4). */
public interface DeskSettingsService {

    /**
     * @param summaryRequired    an agent must write a service summary before ending a conversation
     * @param summaryCategories  what an agent picks from, in this order
     * @param crmUrl             the CRM page beside the chat, with {visitorId} {userId} {agentId} {tenantId}
     *                           {channel} {conversationId} placeholders; null = none
     */
    record DeskSettingsView(boolean summaryRequired,
            @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = 60) String> summaryCategories,
            @Size(max = 1000) String crmUrl) {
    }

    DeskSettingsView current();

    DeskSettingsView update(@NotNull @Valid DeskSettingsView settings);

    /** The CRM page for an agent looking at a conversation, placeholders filled in; empty when none is set. */
    Optional<String> crmPage(long conversationId, long agentId);
}
