package io.switchboard.domain.model.flow;

import java.util.Set;

/**
 * The kinds of node a conversation flow is made of (FL-1; the forms follow the IVR modules of seed 004, the chat
 * channel's equivalent of each). Each kind names its fixed exits ("ports"); a menu and a condition add one exit per
 * option or branch. A required exit must lead somewhere; an optional one without an edge ends the flow there.
 */
public enum NodeKind {
    /** The entry: exactly one per flow. */
    START(Set.of("next"), Set.of(), false),
    /** Sends a text (with {@code ${var}} placeholders) or an image and goes on. */
    MESSAGE(Set.of("next"), Set.of(), false),
    /** Offers options (buttons; chosen by click, number or text); after too many invalid answers: "failed". */
    MENU(Set.of(), Set.of("failed", "timeout"), true),
    /** Branches on variables, channel, visitor tags and time; "default" when no branch holds. */
    CONDITION(Set.of("default"), Set.of(), false),
    /** Asks for a value of a kind (text, digits, phone, e-mail, pattern) and stores it in a variable. */
    COLLECT(Set.of("next"), Set.of("failed", "timeout"), true),
    /** POSTs JSON built from variables, maps the answer's fields to variables; "failed" after the last retry. */
    HTTP(Set.of("next"), Set.of("failed"), false),
    /** Inside the tenant's work hours: "open"; outside: "closed". */
    SERVICE_TIME(Set.of("open", "closed"), Set.of(), false),
    /** Hands the conversation to a skill group's queue; when nobody of it is signed in: "failed". */
    TRANSFER(Set.of(), Set.of("failed"), false),
    /** Lets a FAQ bot answer until the visitor asks for a human or it misses too often: then "next". */
    BOT(Set.of("next"), Set.of(), true),
    /** Asks for a rating and stores it in a variable. */
    SATISFACTION(Set.of("next"), Set.of("timeout"), true),
    /** Says a last text and ends the conversation. */
    END(Set.of(), Set.of(), false);

    private final Set<String> required;
    private final Set<String> optional;
    private final boolean waits;

    NodeKind(Set<String> required, Set<String> optional, boolean waits) {
        this.required = required;
        this.optional = optional;
        this.waits = waits;
    }

    /** The exits that must have an edge (a menu's options and a condition's branches come on top). */
    public Set<String> requiredPorts() {
        return required;
    }

    /** The exits that may have an edge; without one the flow ends there. */
    public Set<String> optionalPorts() {
        return optional;
    }

    /** Whether the node waits for the visitor's next line (a loop through none of these would never stop). */
    public boolean waitsForInput() {
        return waits;
    }
}
