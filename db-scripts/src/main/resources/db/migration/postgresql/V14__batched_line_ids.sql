-- Switchboard schema, version 14 (PostgreSQL): transcript lines and routing events take their ids from sequences that
-- hand out blocks of 50 (issue 17). With identity columns every insert was its own round trip to fetch the new id;
-- with a block in hand Hibernate sends a routing round's lines and events as JDBC batches. Each sequence starts 50
-- past the highest id in use, so a block never overlaps a row written under the old identity. The identity defaults
-- are dropped: every insert names its id from now on, and an insert without one fails instead of colliding.
CREATE SEQUENCE conversation_message_seq START WITH 50 INCREMENT BY 50;
SELECT setval('conversation_message_seq', (SELECT COALESCE(MAX(id), 0) + 50 FROM conversation_message), false);
ALTER TABLE conversation_message ALTER COLUMN id DROP IDENTITY;

CREATE SEQUENCE conversation_event_seq START WITH 50 INCREMENT BY 50;
SELECT setval('conversation_event_seq', (SELECT COALESCE(MAX(id), 0) + 50 FROM conversation_event), false);
ALTER TABLE conversation_event ALTER COLUMN id DROP IDENTITY;
