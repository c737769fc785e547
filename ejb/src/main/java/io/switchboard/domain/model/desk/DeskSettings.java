package io.switchboard.domain.model.desk;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tenant's workbench settings: whether an agent must write a service summary (服务小结) before ending a
 * conversation, the summary categories to pick from, and the CRM page shown beside the chat (AG-4). One row per
 * tenant, written when an admin first saves; until then {@link #defaults()} apply.
 */
@Entity
@Table(name = "desk_settings")
public class DeskSettings extends TenantOwned {

    public static final List<String> DEFAULT_CATEGORIES = List.of("咨询", "售前", "售后", "投诉", "建议", "其他");
    public static final int MAX_CATEGORIES = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "summary_required", nullable = false)
    private boolean summaryRequired;

    /** One category per line. */
    @Column(name = "summary_categories", nullable = false, length = 2000)
    private String summaryCategories;

    @Column(name = "crm_url", length = 1000)
    private String crmUrl;

    protected DeskSettings() {
    }

    public static DeskSettings defaults() {
        DeskSettings s = new DeskSettings();
        s.summaryCategories = String.join("\n", DEFAULT_CATEGORIES);
        return s;
    }

    /** Replaces every value; categories are trimmed, blank and repeated ones dropped, at least one kept. */
    public void change(boolean summaryRequired, List<String> categories, String crmUrl) {
        Set<String> clean = new LinkedHashSet<>();
        for (String c : categories) {
            if (c != null && !c.isBlank()) {
                clean.add(c.strip());
            }
        }
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("summaryCategories: name at least one category");
        }
        if (clean.size() > MAX_CATEGORIES) {
            throw new IllegalArgumentException("summaryCategories: at most " + MAX_CATEGORIES + " categories");
        }
        this.summaryRequired = summaryRequired;
        this.summaryCategories = String.join("\n", clean);
        this.crmUrl = CrmLink.requireValidTemplate(crmUrl);
    }

    public boolean isSummaryRequired() { return summaryRequired; }

    public List<String> getSummaryCategories() {
        return Arrays.stream(summaryCategories.split("\n")).filter(c -> !c.isBlank()).toList();
    }

    public String getCrmUrl() { return crmUrl; }
}
