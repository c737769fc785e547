-- Flow runtime (issue 20, FL-1): where each conversation is in its flow, kept with the conversation so a restart or
-- another node resumes it; the flow's wait is one more deadline of the conversation (flow_wait_until), found by the
-- same sweep as the others. A bot line can carry a menu's buttons (JSON list of {key,label}).
CREATE TABLE conversation_flow (
    conversation_id  BIGINT         NOT NULL,
    tenant_id        VARCHAR(36)    NOT NULL,
    flow_id          BIGINT         NOT NULL,
    flow_version     INTEGER        NOT NULL,
    node             VARCHAR(100),
    waiting          VARCHAR(10)    NOT NULL,
    errors           INTEGER        NOT NULL,
    steps            INTEGER        NOT NULL,
    variables        VARCHAR(20000) NOT NULL,
    fallback_groups  VARCHAR(1000)  NOT NULL,
    outcome          VARCHAR(30),
    call_attempt     INTEGER        NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_conversation_flow PRIMARY KEY (conversation_id),
    CONSTRAINT fk_conversation_flow_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id) ON DELETE CASCADE,
    CONSTRAINT fk_conversation_flow_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

ALTER TABLE conversation ADD COLUMN flow_wait_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE conversation_message ADD COLUMN buttons VARCHAR(4000);
