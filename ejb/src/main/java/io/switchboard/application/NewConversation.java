package io.switchboard.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A visitor asks for a human agent. {@code skillGroupId} is the group the visitor chose at the entry, if any;
 * otherwise routing rules and work hours choose. {@code priority} above 0 is served first (VIP).
 * {@code lang} is the visitor's language ({@code zh} [default], {@code en}) for the conversation's system messages.
 */
public record NewConversation(
        @NotBlank @Size(max = 100) String visitorId,
        @Size(max = 100) String visitorName,
        @NotBlank @Size(max = 20) String channel,
        @Size(max = 100) String association,
        @Size(max = 100) String entry,
        Long skillGroupId,
        @Min(0) @Max(100) int priority,
        @Size(max = 35) String lang) {
}
