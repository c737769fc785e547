package io.switchboard.domain.model.report.custom;

import io.switchboard.domain.model.report.FactKind;
import io.switchboard.domain.model.report.RaisedFact;
import io.switchboard.domain.model.report.ReportFact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Folds reporting facts into the custom reports' rows ({@link ReportSession}): a conversation's facts counted at its
 * creation go to its own row, an agent's part's facts (keyed by the agent and the part's start, the fact's bucket) to
 * that part's row. Rows are found among the ones given (already stored for the facts' conversations) or created.
 * Status intervals, summaries and the answer times are not in these rows (the hourly rollups have them).
 */
public final class SessionFold {

    /** A fact's conversation: whose it is, for the rows created for it. */
    public record Origin(String visitorId) {
    }

    private record PartKey(long conversation, long agent, Instant start) {
    }

    private static final Set<FactKind> PART_KINDS = EnumSet.of(FactKind.SEGMENT_STARTED, FactKind.TRANSFER_IN,
            FactKind.FIRST_REPLY, FactKind.REPLY, FactKind.SEGMENT_ENDED, FactKind.RATED, FactKind.QA_SCORED);

    private final ZoneId zone;
    private final Map<Long, Origin> origins;
    private final Map<Long, ReportSession> conversations = new HashMap<>();
    private final Map<PartKey, ReportSession> parts = new HashMap<>();
    private final List<ReportSession> created = new ArrayList<>();
    private final Set<LocalDate> touched = new TreeSet<>();

    /**
     * @param stored  the rows already stored for the conversations of the facts to fold
     * @param origins each conversation's visitor, by conversation id
     */
    public SessionFold(ZoneId zone, List<ReportSession> stored, Map<Long, Origin> origins) {
        this.zone = zone;
        this.origins = origins;
        for (ReportSession s : stored) {
            if (s.isConversation()) {
                conversations.put(s.getConversationId(), s);
            } else {
                parts.put(new PartKey(s.getConversationId(), s.getPartAgentId(), s.getStartedAt()), s);
            }
        }
    }

    public SessionFold add(ReportFact f) {
        if (f.getConversationId() == null) {
            return this; // an agent's status: no conversation
        }
        if (PART_KINDS.contains(f.getKind()) && f.getAgentId() == null) {
            return this; // e.g. a rating of a conversation nobody served: no agent's part to count it in
        }
        long ms = f.getValueMs() == null ? 0 : f.getValueMs();
        switch (f.getKind()) {
            case ARRIVED -> conversation(f);
            case QUEUED -> {
                ReportSession c = conversation(f);
                c.queued();
                c.inGroup(f.getSkillGroupId());
            }
            case QUEUE_LEFT -> conversation(f).leftQueue(f.getAgentId(), ms);
            case ABANDONED -> conversation(f).leftQueue(null, ms);
            case SEGMENT_STARTED -> {
                ReportSession p = part(f);
                p.offered(); // an offer withdrawn and made again to the same agent at the same instant: one part
                if (RaisedFact.PROACTIVE.equals(f.getDetail())) {
                    p.typed(SessionType.PROACTIVE);
                    ReportSession c = conversations.get(f.getConversationId());
                    if (c != null) {
                        touch(c).typed(SessionType.PROACTIVE);
                        c.servedBy(f.getAgentId());
                        c.inGroup(f.getSkillGroupId());
                    }
                }
            }
            case TRANSFER_IN -> part(f).typed(SessionType.TRANSFER);
            case FIRST_REPLY -> part(f).firstReply(ms);
            case REPLY -> part(f).replied(ms);
            case SEGMENT_ENDED -> ended(f, ms);
            case RATED -> part(f).rated((int) ms);
            case QA_SCORED -> part(f).qaScored((int) ms, RaisedFact.RESCORE.equals(f.getDetail()));
            default -> {
                // answers, transfers out, summaries: in the hourly rollups only
            }
        }
        return this;
    }

    private void ended(ReportFact f, long ms) {
        ReportSession p = part(f);
        if (RaisedFact.WITHDRAWN.equals(f.getDetail())) {
            p.withdrawn();
            return;
        }
        boolean valid = RaisedFact.VALID.equals(f.getDetail());
        p.ended(ms, f.getCount(), valid);
        ReportSession c = conversations.get(f.getConversationId());
        if (valid && c != null) {
            touch(c).madeValid();
        }
    }

    private ReportSession conversation(ReportFact f) {
        return touch(conversations.computeIfAbsent(f.getConversationId(), id -> create(f, 0)));
    }

    private ReportSession part(ReportFact f) {
        long agent = f.getAgentId();
        ReportSession p = parts.computeIfAbsent(new PartKey(f.getConversationId(), agent, f.getBucketAt()),
                k -> create(f, agent));
        p.inGroup(f.getSkillGroupId());
        return touch(p);
    }

    private ReportSession create(ReportFact f, long agent) {
        Origin origin = origins.get(f.getConversationId());
        ReportSession s = new ReportSession(f.getConversationId(), agent, f.getBucketAt(), zone,
                origin == null ? null : origin.visitorId(), f.getChannel(), f.getAssociation());
        created.add(s);
        return s;
    }

    private ReportSession touch(ReportSession s) {
        touched.add(s.getLocalDay());
        return s;
    }

    /** The local days of the rows this fold created or changed: their sums are no longer those of a sealed day. */
    public Set<LocalDate> touchedDays() {
        return touched;
    }

    /** The rows this fold created, to be stored; the others given were changed in place. */
    public List<ReportSession> created() {
        return created;
    }

    /** For tests: the conversation's row, if any. */
    public ReportSession conversationRow(long conversationId) {
        return conversations.get(conversationId);
    }

    /** For tests: an agent's part's row, if any. */
    public ReportSession partRow(long conversationId, long agentId, Instant start) {
        return parts.get(new PartKey(conversationId, agentId, Objects.requireNonNull(start)));
    }
}
