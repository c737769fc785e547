package io.switchboard.domain.model.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.model.summary.ServiceSummary;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeskSettingsTest {

    @Test
    void defaultsFollowTheSeedAndCategoriesAreCleaned() {
        DeskSettings s = DeskSettings.defaults();
        assertFalse(s.isSummaryRequired());
        assertEquals(DeskSettings.DEFAULT_CATEGORIES, s.getSummaryCategories());
        assertNull(s.getCrmUrl());

        s.change(true, Arrays.asList(" 退货 ", "", "退货", null, "物流"), "  ");
        assertTrue(s.isSummaryRequired());
        assertEquals(List.of("退货", "物流"), s.getSummaryCategories());
        assertNull(s.getCrmUrl(), "a blank CRM URL means none");
        assertThrows(IllegalArgumentException.class, () -> s.change(false, List.of(" "), null));
    }

    @Test
    void crmTemplateIsCheckedWhenSavedAndFilledInWithEncodedValues() {
        String t = "https://crm.example.com/c?v={visitorId}&a={agentId}&t={tenantId}&ch={channel}&u={userId}";
        assertEquals(t, CrmLink.requireValidTemplate(" " + t + " "));
        assertThrows(IllegalArgumentException.class, () -> CrmLink.requireValidTemplate("https://crm/{phone}"),
                "unknown placeholder");
        assertThrows(IllegalArgumentException.class, () -> CrmLink.requireValidTemplate("javascript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> CrmLink.requireValidTemplate("ftp://crm.example.com/"));

        String url = CrmLink.expand(t, Map.of(CrmLink.VISITOR_ID, "v 1&x=2", CrmLink.AGENT_ID, 7L,
                CrmLink.TENANT_ID, "t-1", CrmLink.CHANNEL, "WEB"));
        assertEquals("https://crm.example.com/c?v=v+1%26x%3D2&a=7&t=t-1&ch=WEB&u=", url);
    }

    @Test
    void summaryTagsAreTrimmedDedupedAndBounded() {
        assertEquals(List.of("VIP", "退货"), ServiceSummary.normalizeTags(Arrays.asList("#VIP", " 退货 ", "VIP", "", null)));
        assertThrows(IllegalArgumentException.class,
                () -> ServiceSummary.normalizeTags(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")));
        assertThrows(IllegalArgumentException.class, () -> ServiceSummary.normalizeTags(List.of("x".repeat(31))));

        ServiceSummary s = new ServiceSummary(5, 7, "售后", " ", List.of("a"), Instant.EPOCH);
        assertNull(s.getNote());
        s.markProcessed(1, Instant.EPOCH);
        s.rewrite(7, "投诉", "again", List.of(), Instant.EPOCH.plusSeconds(1));
        assertNull(s.getProcessedAt(), "a rewritten summary needs processing again");
        assertEquals(List.of(), s.getTags());
        assertThrows(IllegalArgumentException.class, () -> s.rewrite(7, " ", null, null, Instant.EPOCH));
    }
}
