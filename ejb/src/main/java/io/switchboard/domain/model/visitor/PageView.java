package io.switchboard.domain.model.visitor;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A page the visitor loaded while the widget was on it (访客轨迹, CH-5). */
@Entity
@Table(name = "page_view")
public class PageView extends TenantOwned {

    public static final int MAX_URL = 2000;
    public static final int MAX_TITLE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visitor_id", nullable = false, length = 100)
    private String visitorId;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(nullable = false, length = MAX_URL)
    private String url;

    @Column(length = MAX_TITLE)
    private String title;

    @Column(name = "viewed_at", nullable = false)
    private Instant viewedAt;

    protected PageView() {
    }

    public PageView(String visitorId, long siteId, String url, String title, Instant viewedAt) {
        this.visitorId = Objects.requireNonNull(visitorId, "visitorId");
        this.siteId = siteId;
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://")) || url.length() > MAX_URL) {
            throw new IllegalArgumentException("url: an http(s) address of at most " + MAX_URL + " characters");
        }
        this.url = url;
        this.title = title == null || title.isBlank() ? null
                : title.strip().length() > MAX_TITLE ? title.strip().substring(0, MAX_TITLE) : title.strip();
        this.viewedAt = Objects.requireNonNull(viewedAt, "viewedAt");
    }

    public Long getId() { return id; }
    public String getVisitorId() { return visitorId; }
    public Long getSiteId() { return siteId; }
    public String getUrl() { return url; }
    public String getTitle() { return title; }
    public Instant getViewedAt() { return viewedAt; }
}
