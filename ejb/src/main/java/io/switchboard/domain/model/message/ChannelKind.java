package io.switchboard.domain.model.message;

/** Where a visitor's message came from. */
public enum ChannelKind {
    WEB,
    IM_API,
    /**
     * A partner's REST call that writes for the visitor of one conversation ({@code POST
     * /api/v1/conversations/{id}/messages}): the line joins that conversation, whatever its channel.
     */
    API
}
