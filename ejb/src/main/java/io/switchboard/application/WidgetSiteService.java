package io.switchboard.application;

import io.switchboard.domain.model.site.WidgetSite;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The websites of the caller's tenant that embed the chat widget (CH-1). */
public interface WidgetSiteService {

    List<WidgetSite> list(@Min(0) int offset, @Min(1) @Max(500) int limit);

    long count();

    /** A new site with a fresh public site key (for the embed snippet) and a secret (for signed visitor ids). */
    WidgetSite create(@NotBlank @Size(max = 100) String name);
}
