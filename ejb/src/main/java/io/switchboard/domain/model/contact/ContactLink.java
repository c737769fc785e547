package io.switchboard.domain.model.contact;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A visitor of a channel is this contact; one contact per visitor, many visitors per contact. */
@Entity
@Table(name = "contact_visitor")
public class ContactLink extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String channel;

    @Column(name = "visitor_id", nullable = false, length = 100)
    private String visitorId;

    @Column(name = "contact_id", nullable = false)
    private long contactId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected ContactLink() {
    }

    public ContactLink(String channel, String visitorId, long contactId, Instant at) {
        this.channel = channel;
        this.visitorId = visitorId;
        this.contactId = contactId;
        this.linkedAt = at;
    }

    public void relink(long newContactId, Instant at) {
        this.contactId = newContactId;
        this.linkedAt = at;
    }

    public String getChannel() { return channel; }
    public String getVisitorId() { return visitorId; }
    public long getContactId() { return contactId; }
    public Instant getLinkedAt() { return linkedAt; }
}
