-- Switchboard schema, version 3: every conversation message carries a gap-free sequence number within its
-- conversation (1, 2, 3 ...), handed out under the tenant's routing lock. A client that reconnects asks for
-- everything after the last number it saw. Visitor messages keep the client's message id.

ALTER TABLE conversation ADD COLUMN last_seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE conversation_message ADD COLUMN seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE conversation_message ADD COLUMN client_message_id VARCHAR(100);

UPDATE conversation_message SET seq = (SELECT COUNT(*) FROM conversation_message m2
    WHERE m2.conversation_id = conversation_message.conversation_id AND m2.id <= conversation_message.id);
UPDATE conversation SET last_seq = (SELECT COUNT(*) FROM conversation_message m WHERE m.conversation_id = conversation.id);

ALTER TABLE conversation_message ADD CONSTRAINT uq_conversation_message_seq UNIQUE (conversation_id, seq);
DROP INDEX ix_conversation_message_conversation;
CREATE INDEX ix_conversation_open_visitor ON conversation (tenant_id, visitor_id, state);
