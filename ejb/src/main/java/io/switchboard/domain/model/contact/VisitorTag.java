package io.switchboard.domain.model.contact;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tag an agent put on a visitor of a channel (AG-3), e.g. "VIP" or "退货". */
@Entity
@Table(name = "visitor_tag")
public class VisitorTag extends TenantOwned {

    public static final int MAX_LENGTH = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String channel;

    @Column(name = "visitor_id", nullable = false, length = 100)
    private String visitorId;

    @Column(nullable = false, length = MAX_LENGTH)
    private String tag;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VisitorTag() {
    }

    public VisitorTag(String channel, String visitorId, String tag, Instant at) {
        this.channel = channel;
        this.visitorId = visitorId;
        this.tag = normalize(tag);
        this.createdAt = at;
    }

    public static String normalize(String tag) {
        String t = tag == null ? "" : tag.replace("#", "").replace(",", " ").strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("tag: must not be blank");
        }
        if (t.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("tag: at most " + MAX_LENGTH + " characters");
        }
        return t;
    }

    public Long getId() { return id; }
    public String getChannel() { return channel; }
    public String getVisitorId() { return visitorId; }
    public String getTag() { return tag; }
    public Instant getCreatedAt() { return createdAt; }
}
