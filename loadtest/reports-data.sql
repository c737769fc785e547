-- Report data generator (issue 21): fills one tenant of a fresh load-test database with :conversations conversations
-- and :lines transcript lines over the last :days days (Shanghai's 09:00-21:00), as the running product would have
-- left them: the conversations, their lines, ratings, visitor tags, one SEGMENT_ENDED fact per agent's part (the
-- agent report's drill-down), the hourly and daily rollups, the custom reports' rows and their sealed days. Every figure is drawn from one table
-- of generated conversations (gen), so the rollups, the report rows and the facts agree with each other.
--
--   psql -v tenant=… -v agents='{1,2,…}' -v grp=… -v conversations=2000000 -v lines=20000000 -v days=90 -f reports-data.sql
--
-- Ids start at 100,000,000, far above what the fixture made. About 5 % of the conversations are abandoned in the
-- queue, 5 % are transferred once (two parts), 30 % are rated, 10 % of the visitors carry a tag.
\set ON_ERROR_STOP on
\timing on
SET synchronous_commit = off;

CREATE TEMP TABLE gen AS
SELECT g AS n,
       100000000 + g AS id,
       ((now() AT TIME ZONE 'Asia/Shanghai')::date - (g % :days) + time '09:00'
            + (random() * 43200) * interval '1 second') AT TIME ZONE 'Asia/Shanghai' AS created_at,
       (:'agents'::bigint[])[1 + (g % cardinality(:'agents'::bigint[]))] AS agent_id,
       (:'agents'::bigint[])[1 + ((g + 7) % cardinality(:'agents'::bigint[]))] AS second_agent_id,
       CASE WHEN g % 10 = 0 THEN 'IM_API' ELSE 'WEB' END AS channel,
       'site-' || (g % 3) AS association,
       'gv-' || (g % greatest(1, :conversations / 2)) AS visitor_id,
       (random() * 60000)::bigint AS queue_ms,
       (60000 + random() * 900000)::bigint AS duration_ms,
       (1000 + random() * 60000)::bigint AS first_reply_ms,
       (1000 + random() * 30000)::bigint AS reply_ms,
       g % 20 = 0 AS abandoned,
       g % 20 = 1 AS transferred,
       g % 10 < 3 AS rated,
       1 + (g % 5) AS score,
       g % 4 <> 0 AS valid
FROM generate_series(1, :conversations) g;
ANALYZE gen;

INSERT INTO conversation (id, tenant_id, visitor_id, visitor_name, channel, association, priority, state, end_reason,
        agent_id, skill_group_id, created_at, last_visitor_activity_at, queued_at, assigned_at, answered_at, ended_at,
        version, first_served_at, visitor_lines, agent_lines, last_seq)
SELECT id, :'tenant', visitor_id, '访客' || right(visitor_id, 6), channel, association, 0,
       CASE WHEN abandoned THEN 'ABANDONED' ELSE 'CLOSED' END, CASE WHEN abandoned THEN 'VISITOR_LEFT' ELSE 'AGENT_CLOSED' END,
       CASE WHEN abandoned THEN NULL ELSE agent_id END, :grp, created_at, created_at, created_at,
       CASE WHEN abandoned THEN NULL ELSE created_at + queue_ms * interval '1 millisecond' END,
       CASE WHEN abandoned THEN NULL ELSE created_at + (queue_ms + first_reply_ms) * interval '1 millisecond' END,
       created_at + (queue_ms + CASE WHEN abandoned THEN 0 ELSE duration_ms END) * interval '1 millisecond', 0,
       CASE WHEN abandoned THEN NULL ELSE created_at + queue_ms * interval '1 millisecond' END,
       CASE WHEN abandoned THEN 1 ELSE :lines / :conversations / 2 END, CASE WHEN abandoned THEN 0 ELSE :lines / :conversations / 2 END,
       CASE WHEN abandoned THEN 1 ELSE :lines / :conversations END
FROM gen;

-- the transcripts: :lines / :conversations lines each, visitor and agent in turn
INSERT INTO conversation_message (id, tenant_id, conversation_id, sender, agent_id, body, sent_at, seq)
SELECT (gen.id - 100000000) * 100 + k + 100000000000, :'tenant', gen.id,
       CASE WHEN k % 2 = 1 THEN 'VISITOR' ELSE 'AGENT' END, CASE WHEN k % 2 = 1 THEN NULL ELSE gen.agent_id END,
       CASE WHEN k % 2 = 1 THEN '请问我的订单什么时候发货？' ELSE '您好，已为您查询，预计明天发货。' END,
       gen.created_at + k * interval '20 seconds', k
FROM gen, generate_series(1, :lines / :conversations) k
WHERE NOT gen.abandoned OR k = 1;

INSERT INTO satisfaction_rating (tenant_id, conversation_id, agent_id, score, created_at)
SELECT :'tenant', id, CASE WHEN transferred THEN second_agent_id ELSE agent_id END, score,
       created_at + (queue_ms + duration_ms) * interval '1 millisecond'
FROM gen WHERE rated AND NOT abandoned;

INSERT INTO visitor_tag (tenant_id, channel, visitor_id, tag, created_at)
SELECT DISTINCT ON (channel, visitor_id) :'tenant', channel, visitor_id,
       (ARRAY['VIP', '退货', '投诉', '批发', '新客'])[1 + (n % 5)], created_at
FROM gen WHERE n % 10 = 5;

-- the agents' parts: one per answered conversation, two for a transferred one (the second agent's starts when the
-- first one's ends, halfway through)
CREATE TEMP TABLE part AS
SELECT gen.*, gen.agent_id AS part_agent, gen.created_at + queue_ms * interval '1 millisecond' AS started_at,
       CASE WHEN transferred THEN duration_ms / 2 ELSE duration_ms END AS part_ms,
       'INBOUND' AS session_type, NOT transferred AND rated AS part_rated
FROM gen WHERE NOT abandoned
UNION ALL
SELECT gen.*, gen.second_agent_id, gen.created_at + (queue_ms + duration_ms / 2) * interval '1 millisecond',
       duration_ms - duration_ms / 2, 'TRANSFER', rated
FROM gen WHERE transferred;
ANALYZE part;

INSERT INTO report_fact (id, tenant_id, kind, occurred_at, bucket_at, conversation_id, agent_id, skill_group_id, channel,
        association, value_ms, amount, detail, rolled_up)
SELECT nextval('report_fact_seq'), :'tenant', 'SEGMENT_ENDED', started_at + part_ms * interval '1 millisecond', started_at,
       id, part_agent, :grp, channel, association, part_ms, :lines / :conversations / (CASE WHEN transferred THEN 2 ELSE 1 END),
       CASE WHEN valid THEN 'valid' ELSE 'invalid' END, true
FROM part;

-- the custom reports' rows: one per conversation (by creation), one per part (by pickup), in the order the product
-- writes them (as the conversations come), so that a day's rows lie together as they do in a running product's table
INSERT INTO report_session (id, tenant_id, conversation_id, part_agent_id, started_at, local_hour, local_day, local_week,
        local_month, agent_id, skill_group_id, visitor_id, channel, association, session_type, valid, withdrawn, queued,
        queue_exits, queue_ms_sum, queue_ms_max, ended, duration_ms, lines, first_reply_ms, replies, reply_ms_sum,
        reply_ms_max, rating_sum, ratings, qa_sum, qa_scores)
SELECT nextval('report_session_seq'), :'tenant', id, 0, created_at,
       date_trunc('hour', created_at AT TIME ZONE 'Asia/Shanghai'), (created_at AT TIME ZONE 'Asia/Shanghai')::date,
       date_trunc('week', created_at AT TIME ZONE 'Asia/Shanghai')::date,
       date_trunc('month', created_at AT TIME ZONE 'Asia/Shanghai')::date,
       CASE WHEN abandoned THEN NULL ELSE agent_id END, :grp, visitor_id, channel, association, 'INBOUND', valid AND NOT abandoned,
       false, 1, 1, queue_ms, queue_ms, false, 0, 0, NULL, 0, 0, 0, 0, 0, 0, 0
FROM gen ORDER BY created_at;
INSERT INTO report_session (id, tenant_id, conversation_id, part_agent_id, started_at, local_hour, local_day, local_week,
        local_month, agent_id, skill_group_id, visitor_id, channel, association, session_type, valid, withdrawn, queued,
        queue_exits, queue_ms_sum, queue_ms_max, ended, duration_ms, lines, first_reply_ms, replies, reply_ms_sum,
        reply_ms_max, rating_sum, ratings, qa_sum, qa_scores)
SELECT nextval('report_session_seq'), :'tenant', id, part_agent, started_at,
       date_trunc('hour', started_at AT TIME ZONE 'Asia/Shanghai'), (started_at AT TIME ZONE 'Asia/Shanghai')::date,
       date_trunc('week', started_at AT TIME ZONE 'Asia/Shanghai')::date,
       date_trunc('month', started_at AT TIME ZONE 'Asia/Shanghai')::date,
       part_agent, :grp, visitor_id, channel, association, session_type, valid, false, 0, 0, 0, 0, true, part_ms,
       :lines / :conversations / (CASE WHEN transferred THEN 2 ELSE 1 END), first_reply_ms, 4, 4 * reply_ms, reply_ms,
       CASE WHEN part_rated THEN score ELSE 0 END, CASE WHEN part_rated THEN 1 ELSE 0 END, 0, 0
FROM part ORDER BY started_at;

-- the hourly rollups: queue figures by creation hour, service figures by pickup hour, each agent's signed-in hours
INSERT INTO report_rollup (tenant_id, hour_start, skill_group_id, agent_id, channel, association, arrived, queued,
        queue_left, queue_ms_sum, queue_ms_max, answered, answer_ms_sum, answer_ms_max, answered_in_10, answered_in_20,
        answered_in_30, answered_in_60, abandoned, abandon_ms_sum, abandon_ms_max, abandoned_in_5, abandoned_in_10,
        sessions, valid_sessions, segments_ended, handle_ms_sum, handle_ms_max, lines, first_replies, first_reply_ms_sum,
        first_reply_ms_max, replies, reply_ms_sum, reply_ms_max, transfers_in, transfers_out, ratings, rating_sum)
SELECT :'tenant', hour_start, :grp, agent, channel, association, sum(arrived), sum(arrived), sum(queue_left),
       sum(queue_ms_sum), max(queue_ms_max), sum(answered), sum(answer_ms), max(answer_ms), sum(in10), sum(in20),
       sum(in30), sum(in60), sum(abandoned), sum(abandon_ms), max(abandon_ms), sum(ab5), sum(ab10), sum(sessions),
       sum(valid), sum(sessions), sum(handle_ms), max(handle_ms), sum(lines), sum(sessions), sum(first_ms),
       max(first_ms), sum(replies), sum(reply_ms), max(reply_max), sum(t_in), sum(t_out), sum(ratings), sum(rating_sum)
FROM (
    SELECT date_trunc('hour', created_at) AS hour_start, CASE WHEN abandoned THEN 0 ELSE agent_id END AS agent, channel,
           association, 1 AS arrived, CASE WHEN abandoned THEN 0 ELSE 1 END AS queue_left,
           CASE WHEN abandoned THEN 0 ELSE queue_ms END AS queue_ms_sum, CASE WHEN abandoned THEN 0 ELSE queue_ms END AS queue_ms_max,
           CASE WHEN abandoned THEN 0 ELSE 1 END AS answered, CASE WHEN abandoned THEN 0 ELSE queue_ms + first_reply_ms END AS answer_ms,
           CASE WHEN NOT abandoned AND queue_ms + first_reply_ms <= 10000 THEN 1 ELSE 0 END AS in10,
           CASE WHEN NOT abandoned AND queue_ms + first_reply_ms <= 20000 THEN 1 ELSE 0 END AS in20,
           CASE WHEN NOT abandoned AND queue_ms + first_reply_ms <= 30000 THEN 1 ELSE 0 END AS in30,
           CASE WHEN NOT abandoned AND queue_ms + first_reply_ms <= 60000 THEN 1 ELSE 0 END AS in60,
           CASE WHEN abandoned THEN 1 ELSE 0 END AS abandoned, CASE WHEN abandoned THEN queue_ms ELSE 0 END AS abandon_ms,
           CASE WHEN abandoned AND queue_ms <= 5000 THEN 1 ELSE 0 END AS ab5,
           CASE WHEN abandoned AND queue_ms <= 10000 THEN 1 ELSE 0 END AS ab10,
           0 AS sessions, 0 AS valid, 0 AS handle_ms, 0 AS lines, 0 AS first_ms, 0 AS replies, 0 AS reply_ms,
           0 AS reply_max, 0 AS t_in, 0 AS t_out, 0 AS ratings, 0 AS rating_sum
    FROM gen
    UNION ALL
    SELECT date_trunc('hour', started_at), part_agent, channel, association, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
           1, CASE WHEN valid THEN 1 ELSE 0 END, part_ms, :lines / :conversations, first_reply_ms, 4, 4 * reply_ms, reply_ms,
           CASE WHEN session_type = 'TRANSFER' THEN 1 ELSE 0 END, CASE WHEN transferred AND session_type = 'INBOUND' THEN 1 ELSE 0 END,
           CASE WHEN part_rated THEN 1 ELSE 0 END, CASE WHEN part_rated THEN score ELSE 0 END
    FROM part
) f
GROUP BY hour_start, agent, channel, association;

INSERT INTO report_rollup (tenant_id, hour_start, skill_group_id, agent_id, channel, association, online_ms, busy_ms,
        capacity_ms)
SELECT :'tenant', h, 0, a, '', '', 3000000, 600000, 3600000 * 5
FROM unnest(:'agents'::bigint[]) a,
     generate_series(date_trunc('hour', now()) - (:days * 24) * interval '1 hour', date_trunc('hour', now()), interval '1 hour') h
WHERE extract(hour FROM h AT TIME ZONE 'Asia/Shanghai') BETWEEN 9 AND 20;

-- the daily rollups: the hourly ones by the tenant's day, as the roller keeps them
INSERT INTO report_rollup_day (tenant_id, rollup_day, skill_group_id, agent_id, channel, association, arrived, queued, queue_left, queue_ms_sum, queue_ms_max, answered, answer_ms_sum, answer_ms_max, answered_in_10, answered_in_20, answered_in_30, answered_in_60, abandoned, abandon_ms_sum, abandon_ms_max, abandoned_in_5, abandoned_in_10, sessions, valid_sessions, segments_ended, handle_ms_sum, handle_ms_max, lines, first_replies, first_reply_ms_sum, first_reply_ms_max, replies, reply_ms_sum, reply_ms_max, transfers_in, transfers_out, ratings, rating_sum, summaries, qa_scores, qa_sum, online_ms, busy_ms, break_ms, wrap_up_ms, capacity_ms)
SELECT r.tenant_id, CAST((r.hour_start AT TIME ZONE coalesce(substring(s.settings FROM '"zone":"([^"]+)"'), 'Asia/Shanghai')) AS DATE),
       r.skill_group_id, r.agent_id, r.channel, r.association, sum(arrived), sum(queued), sum(queue_left), sum(queue_ms_sum), max(queue_ms_max), sum(answered), sum(answer_ms_sum), max(answer_ms_max), sum(answered_in_10), sum(answered_in_20), sum(answered_in_30), sum(answered_in_60), sum(abandoned), sum(abandon_ms_sum), max(abandon_ms_max), sum(abandoned_in_5), sum(abandoned_in_10), sum(sessions), sum(valid_sessions), sum(segments_ended), sum(handle_ms_sum), max(handle_ms_max), sum(lines), sum(first_replies), sum(first_reply_ms_sum), max(first_reply_ms_max), sum(replies), sum(reply_ms_sum), max(reply_ms_max), sum(transfers_in), sum(transfers_out), sum(ratings), sum(rating_sum), sum(summaries), sum(qa_scores), sum(qa_sum), sum(online_ms), sum(busy_ms), sum(break_ms), sum(wrap_up_ms), sum(capacity_ms)
FROM report_rollup r
LEFT JOIN routing_settings s ON s.tenant_id = r.tenant_id
WHERE r.tenant_id = :'tenant'
GROUP BY r.tenant_id, CAST((r.hour_start AT TIME ZONE coalesce(substring(s.settings FROM '"zone":"([^"]+)"'), 'Asia/Shanghai')) AS DATE),
         r.skill_group_id, r.agent_id, r.channel, r.association;

-- the hours by skill group (V32), as the roller keeps them
INSERT INTO report_rollup_group_hour (tenant_id, hour_start, skill_group_id, agent_id, channel, association, arrived, queued, queue_left, queue_ms_sum, queue_ms_max, answered, answer_ms_sum, answer_ms_max, answered_in_10, answered_in_20, answered_in_30, answered_in_60, abandoned, abandon_ms_sum, abandon_ms_max, abandoned_in_5, abandoned_in_10, sessions, valid_sessions, segments_ended, handle_ms_sum, handle_ms_max, lines, first_replies, first_reply_ms_sum, first_reply_ms_max, replies, reply_ms_sum, reply_ms_max, transfers_in, transfers_out, ratings, rating_sum, summaries, qa_scores, qa_sum, online_ms, busy_ms, break_ms, wrap_up_ms, capacity_ms)
SELECT tenant_id, hour_start, skill_group_id, 0, '', '', sum(arrived), sum(queued), sum(queue_left), sum(queue_ms_sum), max(queue_ms_max), sum(answered), sum(answer_ms_sum), max(answer_ms_max), sum(answered_in_10), sum(answered_in_20), sum(answered_in_30), sum(answered_in_60), sum(abandoned), sum(abandon_ms_sum), max(abandon_ms_max), sum(abandoned_in_5), sum(abandoned_in_10), sum(sessions), sum(valid_sessions), sum(segments_ended), sum(handle_ms_sum), max(handle_ms_max), sum(lines), sum(first_replies), sum(first_reply_ms_sum), max(first_reply_ms_max), sum(replies), sum(reply_ms_sum), max(reply_ms_max), sum(transfers_in), sum(transfers_out), sum(ratings), sum(rating_sum), sum(summaries), sum(qa_scores), sum(qa_sum), sum(online_ms), sum(busy_ms), sum(break_ms), sum(wrap_up_ms), sum(capacity_ms)
FROM report_rollup
WHERE tenant_id = :'tenant'
GROUP BY tenant_id, hour_start, skill_group_id;

-- the sealed days (V29): every day before today summed into cells, as the roller seals them; today stays open
INSERT INTO report_session_day (tenant_id, is_part, local_day, local_week, local_month, agent_id, channel, association,
        session_type, valid, queued, queue_exits, queue_ms_sum, queue_ms_max, row_count, lines, ended_count,
        duration_ms_sum, duration_ms_max, first_replies, first_reply_ms_sum, first_reply_ms_max, replies, reply_ms_sum,
        reply_ms_max, ratings, rating_sum, qa_scores, qa_sum)
SELECT tenant_id, part_agent_id > 0, local_day, local_week, local_month, agent_id, channel, association, session_type,
       valid, sum(queued), sum(queue_exits), sum(queue_ms_sum), max(queue_ms_max), count(*),
       sum(CASE WHEN ended THEN lines ELSE 0 END), sum(CASE WHEN ended THEN 1 ELSE 0 END),
       sum(CASE WHEN ended THEN duration_ms ELSE 0 END), max(CASE WHEN ended THEN duration_ms ELSE 0 END),
       sum(CASE WHEN first_reply_ms IS NULL THEN 0 ELSE 1 END), sum(coalesce(first_reply_ms, 0)),
       max(coalesce(first_reply_ms, 0)), sum(replies), sum(reply_ms_sum), max(reply_ms_max), sum(ratings),
       sum(rating_sum), sum(qa_scores), sum(qa_sum)
FROM report_session
WHERE tenant_id = :'tenant' AND withdrawn = false AND local_day < (now() AT TIME ZONE 'Asia/Shanghai')::date
GROUP BY tenant_id, part_agent_id > 0, local_day, local_week, local_month, agent_id, channel, association, session_type, valid;
-- each conversation cell's distinct visitors, hashed as VisitorHashes does
UPDATE report_session_day c SET visitor_hashes = v.h
FROM (SELECT local_day, coalesce(agent_id, 0) AS a, channel, association, session_type, valid,
             string_agg(DISTINCT substr(sha256(convert_to(visitor_id, 'UTF8')), 1, 8), ''::bytea) AS h
      FROM report_session
      WHERE tenant_id = :'tenant' AND part_agent_id = 0 AND withdrawn = false AND visitor_id IS NOT NULL
        AND local_day < (now() AT TIME ZONE 'Asia/Shanghai')::date
      GROUP BY 1, 2, 3, 4, 5, 6) v
WHERE c.tenant_id = :'tenant' AND c.is_part = false AND c.local_day = v.local_day AND coalesce(c.agent_id, 0) = v.a
  AND c.channel = v.channel AND c.association = v.association AND c.session_type = v.session_type AND c.valid = v.valid
  AND c.tag IS NULL;
-- and once more by the visitors' tags (V31): '' for a visitor without tags
INSERT INTO report_session_day (tenant_id, is_part, local_day, local_week, local_month, agent_id, channel, association,
        session_type, valid, tag, queued, queue_exits, queue_ms_sum, queue_ms_max, row_count, lines, ended_count,
        duration_ms_sum, duration_ms_max, first_replies, first_reply_ms_sum, first_reply_ms_max, replies, reply_ms_sum,
        reply_ms_max, ratings, rating_sum, qa_scores, qa_sum)
SELECT s.tenant_id, part_agent_id > 0, local_day, local_week, local_month, agent_id, s.channel, association,
       session_type, valid, coalesce(t.tag, ''), sum(queued), sum(queue_exits), sum(queue_ms_sum), max(queue_ms_max),
       count(*), sum(CASE WHEN ended THEN lines ELSE 0 END), sum(CASE WHEN ended THEN 1 ELSE 0 END),
       sum(CASE WHEN ended THEN duration_ms ELSE 0 END), max(CASE WHEN ended THEN duration_ms ELSE 0 END),
       sum(CASE WHEN first_reply_ms IS NULL THEN 0 ELSE 1 END), sum(coalesce(first_reply_ms, 0)),
       max(coalesce(first_reply_ms, 0)), sum(replies), sum(reply_ms_sum), max(reply_ms_max), sum(ratings),
       sum(rating_sum), sum(qa_scores), sum(qa_sum)
FROM report_session s
LEFT JOIN visitor_tag t ON t.tenant_id = s.tenant_id AND t.channel = s.channel AND t.visitor_id = s.visitor_id
WHERE s.tenant_id = :'tenant' AND withdrawn = false AND local_day < (now() AT TIME ZONE 'Asia/Shanghai')::date
GROUP BY s.tenant_id, part_agent_id > 0, local_day, local_week, local_month, agent_id, s.channel, association,
         session_type, valid, coalesce(t.tag, '');
UPDATE report_session_day c SET visitor_hashes = v.h
FROM (SELECT local_day, coalesce(agent_id, 0) AS a, s.channel, association, session_type, valid,
             coalesce(t.tag, '') AS tag,
             string_agg(DISTINCT substr(sha256(convert_to(s.visitor_id, 'UTF8')), 1, 8), ''::bytea) AS h
      FROM report_session s
      LEFT JOIN visitor_tag t ON t.tenant_id = s.tenant_id AND t.channel = s.channel AND t.visitor_id = s.visitor_id
      WHERE s.tenant_id = :'tenant' AND part_agent_id = 0 AND withdrawn = false AND s.visitor_id IS NOT NULL
        AND local_day < (now() AT TIME ZONE 'Asia/Shanghai')::date
      GROUP BY 1, 2, 3, 4, 5, 6, 7) v
WHERE c.tenant_id = :'tenant' AND c.is_part = false AND c.local_day = v.local_day AND coalesce(c.agent_id, 0) = v.a
  AND c.channel = v.channel AND c.association = v.association AND c.session_type = v.session_type AND c.valid = v.valid
  AND c.tag = v.tag;
-- the sealed days' hours (V33), as the roller seals them: over all rows (ALL) and by each other dimension alone
SELECT set_config('sb.tenant', :'tenant', false);
DO $$
DECLARE
    k text[];
BEGIN
    -- kind, its column in the cells, its value in a row, the join it needs
    FOREACH k SLICE 1 IN ARRAY ARRAY[
            ['ALL', '', '', ''],
            ['AGENT', ', agent_id', ', s.agent_id', ''],
            ['VISITOR_TAG', ', tag', ', coalesce(t.tag, '''')', ' LEFT JOIN visitor_tag t ON t.tenant_id = s.tenant_id'
                || ' AND t.channel = s.channel AND t.visitor_id = s.visitor_id'],
            ['CHANNEL', ', channel', ', s.channel', ''],
            ['ASSOCIATION', ', association', ', s.association', ''],
            ['SESSION_TYPE', ', session_type', ', s.session_type', ''],
            ['VALIDITY', ', valid', ', s.valid', '']] LOOP
        EXECUTE format('INSERT INTO report_session_hour (tenant_id, local_day, local_hour, kind, is_part%s, queued,'
            || ' queue_exits, queue_ms_sum, queue_ms_max, row_count, lines, ended_count, duration_ms_sum, duration_ms_max,'
            || ' first_replies, first_reply_ms_sum, first_reply_ms_max, replies, reply_ms_sum, reply_ms_max, ratings,'
            || ' rating_sum, qa_scores, qa_sum, visitors)'
            || ' SELECT s.tenant_id, s.local_day, s.local_hour, %L, s.part_agent_id > 0%s, sum(s.queued),'
            || ' sum(s.queue_exits), sum(s.queue_ms_sum), max(s.queue_ms_max), count(*),'
            || ' sum(CASE WHEN s.ended THEN s.lines ELSE 0 END), sum(CASE WHEN s.ended THEN 1 ELSE 0 END),'
            || ' sum(CASE WHEN s.ended THEN s.duration_ms ELSE 0 END), max(CASE WHEN s.ended THEN s.duration_ms ELSE 0 END),'
            || ' sum(CASE WHEN s.first_reply_ms IS NULL THEN 0 ELSE 1 END), sum(coalesce(s.first_reply_ms, 0)),'
            || ' max(coalesce(s.first_reply_ms, 0)), sum(s.replies), sum(s.reply_ms_sum), max(s.reply_ms_max),'
            || ' sum(s.ratings), sum(s.rating_sum), sum(s.qa_scores), sum(s.qa_sum),'
            || ' count(DISTINCT CASE WHEN s.part_agent_id = 0 THEN s.visitor_id END)'
            || ' FROM report_session s%s'
            || ' WHERE s.tenant_id = current_setting(''sb.tenant'') AND s.withdrawn = false'
            || ' AND s.local_day < (now() AT TIME ZONE ''Asia/Shanghai'')::date'
            || ' GROUP BY s.tenant_id, s.local_day, s.local_hour, s.part_agent_id > 0%s', k[2], k[1], k[3], k[4], k[3]);
    END LOOP;
END $$;
INSERT INTO report_session_seal (tenant_id, local_day, sealed, touched_at)
SELECT :'tenant', local_day, local_day < (now() AT TIME ZONE 'Asia/Shanghai')::date, max(started_at)
FROM report_session WHERE tenant_id = :'tenant' GROUP BY local_day;

ANALYZE report_session_day;
ANALYZE report_session_hour;
ANALYZE report_session_seal;
ANALYZE conversation;
ANALYZE conversation_message;
ANALYZE report_rollup_day;
ANALYZE report_fact;
ANALYZE report_rollup;
ANALYZE report_rollup_group_hour;
ANALYZE report_session;
SELECT (SELECT count(*) FROM conversation WHERE tenant_id = :'tenant') AS conversations,
       (SELECT count(*) FROM conversation_message WHERE tenant_id = :'tenant') AS lines,
       (SELECT count(*) FROM report_rollup WHERE tenant_id = :'tenant') AS rollup_rows,
       (SELECT count(*) FROM report_rollup_day WHERE tenant_id = :'tenant') AS daily_rows,
       (SELECT count(*) FROM report_session WHERE tenant_id = :'tenant') AS report_rows,
       (SELECT count(*) FROM report_session_day WHERE tenant_id = :'tenant') AS sealed_cells,
       (SELECT count(*) FROM report_session_hour WHERE tenant_id = :'tenant') AS sealed_hour_cells,
       (SELECT count(*) FROM report_fact WHERE tenant_id = :'tenant') AS facts;
