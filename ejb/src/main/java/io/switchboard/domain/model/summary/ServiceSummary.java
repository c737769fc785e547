package io.switchboard.domain.model.summary;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The agent's service summary (服务小结) of one conversation: a category, a note and tags. Written while serving or
 * after the end, rewritten as often as the agent likes; an admin or supervisor later marks it processed.
 */
@Entity
@Table(name = "service_summary")
public class ServiceSummary extends TenantOwned {

    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG_LENGTH = 30;

    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Column(nullable = false, length = 60)
    private String category;

    @Column(length = 2000)
    private String note;

    /** Comma-separated. */
    @Column(length = 500)
    private String tags;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(name = "processed_by")
    private Long processedBy;

    protected ServiceSummary() {
    }

    public ServiceSummary(long conversationId, long agentId, String category, String note, List<String> tags, Instant at) {
        this.conversationId = conversationId;
        rewrite(agentId, category, note, tags, at);
    }

    /** A new text replaces the old one and makes the summary unprocessed again. */
    public void rewrite(long byAgent, String newCategory, String newNote, List<String> newTags, Instant at) {
        if (newCategory == null || newCategory.isBlank()) {
            throw new IllegalArgumentException("category: pick a category");
        }
        this.agentId = byAgent;
        this.category = newCategory.strip();
        this.note = newNote == null || newNote.isBlank() ? null : newNote.strip();
        this.tags = String.join(",", normalizeTags(newTags));
        this.writtenAt = at;
        this.processedAt = null;
        this.processedBy = null;
    }

    public void markProcessed(long by, Instant at) {
        this.processedAt = at;
        this.processedBy = by;
    }

    /** Tags trimmed, without '#' or commas, blank and repeated ones dropped; at most 10 of at most 30 characters. */
    public static List<String> normalizeTags(List<String> raw) {
        Set<String> clean = new LinkedHashSet<>();
        if (raw != null) {
            for (String t : raw) {
                if (t == null) {
                    continue;
                }
                String s = t.replace(",", " ").replace("#", "").strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (s.length() > MAX_TAG_LENGTH) {
                    throw new IllegalArgumentException("tags: '" + s + "' is longer than " + MAX_TAG_LENGTH + " characters");
                }
                clean.add(s);
            }
        }
        if (clean.size() > MAX_TAGS) {
            throw new IllegalArgumentException("tags: at most " + MAX_TAGS + " tags");
        }
        return List.copyOf(clean);
    }

    public Long getConversationId() { return conversationId; }
    public long getAgentId() { return agentId; }
    public String getCategory() { return category; }
    public String getNote() { return note; }

    public List<String> getTags() {
        return tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }

    public Instant getWrittenAt() { return writtenAt; }
    public Instant getProcessedAt() { return processedAt; }
    public Long getProcessedBy() { return processedBy; }
}
