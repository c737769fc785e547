-- Switchboard schema, version 13: deadlines swept instead of one timer per deadline, arrivals queued without the
-- tenant lock (issue 17).
--  * conversation.next_deadline_at: the earliest deadline of the conversation under the tenant's settings (idle
--    warning, reply nudge, queue timeout, re-route ...), kept by every change of the conversation; one indexed
--    query finds what is due. Open conversations of an older schema are due at once, so the first sweep computes
--    their real deadline.
--  * cluster_lease: a named lease a node holds for a few seconds and renews, so once-per-cluster work (the
--    deadline sweep) runs on exactly one live node and moves to another when it stops renewing.
ALTER TABLE conversation ADD COLUMN next_deadline_at TIMESTAMP WITH TIME ZONE;
UPDATE conversation SET next_deadline_at = CURRENT_TIMESTAMP WHERE state IN ('IN_FLOW', 'QUEUED', 'ASSIGNED');
CREATE INDEX ix_conversation_next_deadline ON conversation (next_deadline_at);

CREATE TABLE cluster_lease (
    name         VARCHAR(50)  NOT NULL,
    holder       VARCHAR(100) NOT NULL,
    valid_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cluster_lease PRIMARY KEY (name)
);

-- queue_entry.announced: a new conversation joins the queue in its own short transaction, without the tenant's
-- routing lock; the tenant's dispatcher then assigns it, or tells the visitor their place and marks it announced.
ALTER TABLE queue_entry ADD COLUMN announced BOOLEAN DEFAULT TRUE NOT NULL;
CREATE INDEX ix_queue_entry_unannounced ON queue_entry (tenant_id, announced);
