package io.switchboard.domain.model.message;

/** Where a visitor's message came from. */
public enum ChannelKind {
    WEB,
    IM_API
}
