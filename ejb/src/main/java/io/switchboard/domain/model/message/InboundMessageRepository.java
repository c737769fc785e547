package io.switchboard.domain.model.message;

import java.util.Optional;

public interface InboundMessageRepository {

    void add(InboundMessage message);

    Optional<InboundMessage> findByClientMessageId(String clientMessageId);
}
