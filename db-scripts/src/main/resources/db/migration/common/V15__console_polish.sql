-- Issue 18: a widget site can be deleted. It is kept as a row (its visitors' page views and profiles point at it, and
-- the audit log names it), marked deleted: its key stops working and it leaves every list.
ALTER TABLE widget_site ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;

-- Issue 18: an agent's recent conversations include those they transferred away (the workbench's 最近会话).
CREATE INDEX ix_conversation_event_agent ON conversation_event (agent_id, type, occurred_at);

-- Issue 18 (S2 picker j/k): the regions a skill group serves, one per line; none = every region.
ALTER TABLE skill_group ADD COLUMN regions VARCHAR(1000);
