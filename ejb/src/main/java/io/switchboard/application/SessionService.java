package io.switchboard.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The console's 会话 pages (AD-5): current and ended conversations with filters, and their export. */
public interface SessionService {

    /**
     * Filters, each null for any. {@code open} true = current, false = history; the window [from, to) is on the
     * enquiry time; {@code visitor} matches part of the visitor's id or name; {@code inspect}: the quality
     * inspector's filters (质检).
     */
    record SessionQuery(Boolean open, String channel, Long skillGroupId, Long agentId, Instant from, Instant to,
                        String visitor, Inspect inspect) {
        public static SessionQuery all() {
            return new SessionQuery(null, null, null, null, null, null, null, null);
        }
    }

    /**
     * The sessions a quality inspector looks at (issue 21), each null for any: rated at most {@code maxRating} (1-5),
     * agents' service time (their parts, summed) at least {@code minServiceSeconds}, and an agent's first response
     * or a response that took at least {@code minResponseSeconds}. Read from the reports' rows, so a session counts
     * here about a second after it changed.
     */
    record Inspect(Integer maxRating, Long minServiceSeconds, Long minResponseSeconds) implements Serializable {
        public Inspect {
            if (maxRating != null && (maxRating < 1 || maxRating > 5)) {
                throw new InvalidFieldException("maxRating", "1 to 5").coded("session.maxRating");
            }
            if (minServiceSeconds != null && minServiceSeconds < 0 || minResponseSeconds != null && minResponseSeconds < 0) {
                throw new InvalidFieldException(minServiceSeconds != null && minServiceSeconds < 0 ? "minServiceSeconds"
                        : "minResponseSeconds", "0 or more").coded("session.minSeconds");
            }
        }

        public boolean any() {
            return maxRating != null || minServiceSeconds != null || minResponseSeconds != null;
        }
    }

    /**
     * One conversation as the console lists it.
     *
     * @param enquiredAt      when the visitor asked (咨询时间)
     * @param servedAt        when an agent took it (接入时间), null if nobody did
     * @param waitSeconds     from the enquiry until an agent took it, or until it ended / now when nobody did
     * @param durationSeconds from the enquiry until it ended, or until now while it is open
     */
    record SessionView(long id, String visitorId, String visitorName, String channel, String state, String endReason,
                       Long agentId, String agentName, Long skillGroupId, String skillGroupName, Instant enquiredAt,
                       Instant servedAt, Instant endedAt, long waitSeconds, long durationSeconds, String ip,
                       String region, Integer rating) implements Serializable {
    }

    List<SessionView> search(SessionQuery query, @Min(0) int offset, @Min(1) @Max(500) int limit);

    /** A list's count stops here: beyond, only "more than" is told (counting 2 million filtered sessions takes seconds). */
    int COUNT_LIMIT = 10_000;

    /**
     * How many sessions match, counted no further than {@code upTo} + 1: a result above {@code upTo} means "more than
     * {@code upTo}", and the count costs as much as reading that many ids.
     */
    long count(SessionQuery query, @Min(1) @Max(COUNT_LIMIT) int upTo);

    /**
     * One transcript line as the console shows it: {@code author} is the visitor's name for a VISITOR line, the
     * writing agent's name for an AGENT line (after a transfer each line names its own agent), null for SYSTEM.
     */
    record TranscriptLine(long seq, Instant sentAt, String sender, String author, String code, String body,
                          AttachmentView attachment, boolean recalled) {
    }

    /** A completed transfer: from whom to whom, and what the giving agent wrote for the receiver. */
    record TransferNote(Instant at, String fromAgent, String toAgent, String note) {
    }

    /** Everything the console's transcript view shows of one conversation. */
    record SessionDetail(SessionView session, List<TranscriptLine> lines, List<TransferNote> transfers,
                         ServiceSummaryService.SummaryView summary, FeedbackService.RatingView rating) {
    }

    /**
     * The conversation with its whole transcript (at most 5,000 lines), transfers, summary and rating.
     *
     * @throws NotFoundException when it is not a conversation of the caller's tenant
     */
    SessionDetail detail(long conversationId);

    /** Every matching conversation (at most 50,000) with Chinese column headers, times in the tenant's zone. */
    byte[] export(SessionQuery query, boolean xlsx);
}
