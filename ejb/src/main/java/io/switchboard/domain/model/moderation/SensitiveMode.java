package io.switchboard.domain.model.moderation;

/** What a sensitive word does (AD-7, one mode per tenant): refuse the message, or let it through marked. */
public enum SensitiveMode {
    /** The message is refused with an error naming the words; nothing is stored. */
    BLOCK,
    /** The message goes through, marked with the words; agents are warned before they send one. */
    WARN
}
