package io.switchboard.domain.model.conversation;

import java.io.Serializable;

/** A choice a bot line offers (a flow menu's button): clicking it sends {@code label} as the visitor's line. */
public record MessageButton(String key, String label) implements Serializable {
}
