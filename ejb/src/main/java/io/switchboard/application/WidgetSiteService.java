package io.switchboard.application;

import io.switchboard.domain.model.site.WidgetSettings;
import io.switchboard.domain.model.site.WidgetSite;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The websites of the caller's tenant that embed the chat widget (CH-1). */
public interface WidgetSiteService {

    List<WidgetSite> list(@Min(0) int offset, @Min(1) @Max(500) int limit);

    long count();

    /**
     * A new site with a fresh public site key (for the embed snippet) and a secret (for signed visitor ids); the
     * caller may show the secret this once.
     */
    WidgetSite create(@NotBlank @Size(max = 100) String name);

    /**
     * The site's secret, for the host site's server that signs visitor identities. Every reveal is in the audit log
     * (who, when, which site), so a leaked secret can be traced to who saw it.
     *
     * @throws NotFoundException when the tenant has no such site
     */
    String revealSecret(long id);

    /**
     * Replaces the site's secret and answers the new one (audited): identities signed with the old one are refused
     * from now on, and visitors' passes sealed with it are renewed by the widget.
     *
     * @throws NotFoundException when the tenant has no such site
     */
    String rotateSecret(long id);

    /** The site; its secret is not for display (see {@link #revealSecret}). @throws NotFoundException */
    WidgetSite get(long id);

    /** Replaces the site's name and widget settings (AD-6); applies to widgets loaded from now on. */
    WidgetSite update(long id, @NotBlank @Size(max = 100) String name, @NotNull @Valid WidgetSettings settings);

    /**
     * Deletes the site (kept as a row for its visitors' history and the audit log): its key stops working at once.
     *
     * @throws ConflictException while a conversation that came through it is still open
     */
    void delete(long id);

    /**
     * The public widget configuration of the current tenant's site (the site key picked the tenant), with the site
     * texts in the visitor's language.
     */
    WidgetConfigView publicConfig(@NotBlank String siteKey, String clientAddress,
            io.switchboard.domain.model.message.Language language);
}
