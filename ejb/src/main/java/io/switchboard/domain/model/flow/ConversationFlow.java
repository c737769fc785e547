package io.switchboard.domain.model.flow;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where one conversation is in its flow (FL-1): the flow and the version it started on, and its {@link FlowState}.
 * Stored next to the conversation and changed under the conversation's row lock, so lines, timeouts and call
 * answers of one conversation take turns, and a restart or another node resumes it.
 */
@Entity
@Table(name = "conversation_flow")
public class ConversationFlow extends TenantOwned {

    /** The most characters the variables may take as stored (JSON). */
    public static final int MAX_VARIABLES_CHARS = 20_000;

    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "flow_id", nullable = false)
    private long flowId;
    @Column(name = "flow_version", nullable = false)
    private int flowVersion;

    @Column(length = 100)
    private String node;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FlowState.Waiting waiting;
    @Column(nullable = false)
    private int errors;
    @Column(nullable = false)
    private int steps;
    @Column(nullable = false, length = MAX_VARIABLES_CHARS)
    private String variables;
    /** The skill groups a hand-off without a group of its own goes to, comma-separated, in overflow order. */
    @Column(name = "fallback_groups", nullable = false, length = 1000)
    private String fallbackGroups;
    /** How the flow left: ended, transferred, handedOff, tooManySteps, failed, timeout; null while it runs. */
    @Column(length = 30)
    private String outcome;
    /** Counts the HTTP calls made, so a late answer of an earlier call is recognised and dropped. */
    @Column(name = "call_attempt", nullable = false)
    private int callAttempt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConversationFlow() {
    }

    public ConversationFlow(long conversationId, long flowId, int flowVersion, List<Long> fallbackGroups, Instant at) {
        this.conversationId = conversationId;
        this.flowId = flowId;
        this.flowVersion = flowVersion;
        this.fallbackGroups = fallbackGroups.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.waiting = FlowState.Waiting.NONE;
        this.variables = "{}";
        this.updatedAt = at;
    }

    /** The state as the engine takes it; the wait's end is kept with the conversation (its FLOW_WAIT deadline). */
    public FlowState state(Map<String, String> parsedVariables, Instant waitUntil) {
        return new FlowState(node, waiting, errors, parsedVariables, steps, waitUntil);
    }

    /** Keeps the engine's new state; {@code variablesJson} is its variables as JSON. */
    public void update(FlowState state, String variablesJson, Instant at) {
        if (variablesJson.length() > MAX_VARIABLES_CHARS) {
            throw new IllegalArgumentException("the flow's variables are over " + MAX_VARIABLES_CHARS + " characters");
        }
        this.node = state.node();
        this.waiting = state.waiting();
        this.errors = state.errors();
        this.steps = state.steps();
        this.variables = variablesJson;
        this.updatedAt = at;
    }

    /** The flow is over; {@code why} says how it left. */
    public void finish(String why, Instant at) {
        this.outcome = why;
        this.node = null;
        this.waiting = FlowState.Waiting.NONE;
        this.updatedAt = at;
    }

    /** A new HTTP call starts: its number, which its answer must name. */
    public int nextCall() {
        return ++callAttempt;
    }

    public boolean running() {
        return outcome == null && node != null;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public long getFlowId() {
        return flowId;
    }

    public int getFlowVersion() {
        return flowVersion;
    }

    public String getNode() {
        return node;
    }

    public FlowState.Waiting getWaiting() {
        return waiting;
    }

    public String getVariables() {
        return variables;
    }

    public List<Long> fallbackGroups() {
        return fallbackGroups.isBlank() ? List.of()
                : Arrays.stream(fallbackGroups.split(",")).map(Long::valueOf).toList();
    }

    public String getOutcome() {
        return outcome;
    }

    public int getCallAttempt() {
        return callAttempt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
