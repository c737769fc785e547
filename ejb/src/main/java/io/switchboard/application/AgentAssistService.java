package io.switchboard.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Agent assist (FL-4, S3 §4): suggested answers from the tenant's FAQ bots for a visitor's line, ordered by how well
 * they match and by what agents chose before for similar questions; an agent's choice is kept and counts from then on.
 */
public interface AgentAssistService {

    /** Suggestions given for one line. */
    int SUGGESTIONS = 3;

    /** A suggested answer: the bot and rule it comes from, how well it matches, and how often it was chosen alike. */
    record Suggestion(long botId, long ruleId, String question, String answer, double confidence, int picks)
            implements java.io.Serializable {
    }

    /** The line the suggestions are for, and the suggestions (empty when no rule matches or there is no line). */
    record Suggestions(Long seq, String line, List<Suggestion> items) implements java.io.Serializable {
    }

    /** Suggestions for the visitor's line {@code seq} of the conversation, or its latest visitor line when null. */
    Suggestions suggest(long conversationId, Long seq);

    /** An agent chose the answer of this rule for the visitor's line {@code seq} (the latest when null). */
    void pick(long conversationId, Long seq, long botId, long ruleId);

    /** What a pick names. */
    record Pick(Long seq, @NotNull Long botId, @NotNull Long ruleId) {
    }
}
