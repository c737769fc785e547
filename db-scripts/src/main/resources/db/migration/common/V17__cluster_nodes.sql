-- Switchboard schema, version 17: which node holds each agent's socket (issue 19, the cluster).
--  * cluster_node: every running node renews its row on each deadline sweep; the node holding the deadline lease
--    treats a node silent for 10 s as gone (killed, or cut off from the database) and deletes its row.
--  * agent_seat.connected_node: the node whose socket last told the agent is connected. When that node is gone, the
--    seat's connection counts as lost (the agent-offline deadline follows) until a socket on a live node says
--    otherwise; a socket closing on another node no longer marks the agent as lost.
CREATE TABLE cluster_node (
    id       VARCHAR(100) NOT NULL,
    seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cluster_node PRIMARY KEY (id)
);
ALTER TABLE agent_seat ADD COLUMN connected_node VARCHAR(100);
CREATE INDEX ix_agent_seat_connected_node ON agent_seat (connected_node);
