-- Switchboard schema, version 14 (H2): transcript lines and routing events take their ids from sequences that hand
-- out blocks of 50 (issue 17); see the PostgreSQL script of the same version for the reasons.
CREATE SEQUENCE conversation_message_seq START WITH 50 INCREMENT BY 50;
ALTER SEQUENCE conversation_message_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 50 FROM conversation_message);
ALTER TABLE conversation_message ALTER COLUMN id DROP IDENTITY;

CREATE SEQUENCE conversation_event_seq START WITH 50 INCREMENT BY 50;
ALTER SEQUENCE conversation_event_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 50 FROM conversation_event);
ALTER TABLE conversation_event ALTER COLUMN id DROP IDENTITY;
