package io.switchboard.interfaces.web.admin;

import io.switchboard.application.ReportService;
import io.switchboard.application.ReportService.Overview;
import io.switchboard.application.ReportService.ShareView;
import io.switchboard.infrastructure.json.JsonProviders;
import io.switchboard.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * 概览 (RP-2), the console's first page: today's inbound by hour and channel, answered against abandoned, the answer
 * rate and service level, and the shares of the visitors' systems, browsers, devices and regions, as Chart.js charts
 * (PrimeFaces' {@code p:chart}, bundled) that can each be saved as an image.
 */
@Named
@ViewScoped
public class OverviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;
    @Inject
    Messages messages;
    @Inject
    Clock clock;

    private Overview overview;
    private String zone;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        ZoneId z = reports.zone();
        zone = z.getId();
        overview = reports.overview(LocalDate.ofInstant(clock.instant(), z));
    }

    public Overview getOverview() {
        return overview;
    }

    /** Today's inbound per hour, one stacked bar series per channel. */
    public String getInboundChart() {
        JsonArrayBuilder sets = JsonProviders.PROVIDER.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, List<Long>> e : overview.inbound().entrySet()) {
            sets.add(ChartJson.series(channelLabel(e.getKey()), e.getValue(), ChartJson.color(i++)));
        }
        return ChartJson.chart("bar", hourLabels(), sets, true, true, true);
    }

    /** Answered against abandoned per hour. */
    public String getOutcomeChart() {
        JsonArrayBuilder sets = JsonProviders.PROVIDER.createArrayBuilder()
                .add(ChartJson.series(messages.get("console.overview.answered"), overview.answered(), ChartJson.color(1)))
                .add(ChartJson.series(messages.get("console.overview.abandoned"), overview.abandoned(), ChartJson.color(3)));
        return ChartJson.chart("bar", hourLabels(), sets, false, true, true);
    }

    /** The shares of one visitor field as a doughnut ({@code os}, {@code browser}, {@code device}, {@code region}). */
    public String shareChart(String field) {
        List<ShareView> shares = overview.shares().getOrDefault(field, List.of());
        JsonArrayBuilder labels = JsonProviders.PROVIDER.createArrayBuilder();
        JsonArrayBuilder values = JsonProviders.PROVIDER.createArrayBuilder();
        JsonArrayBuilder colors = JsonProviders.PROVIDER.createArrayBuilder();
        for (int i = 0; i < shares.size(); i++) {
            ShareView s = shares.get(i);
            labels.add(s.value() == null ? messages.get("console.overview.other")
                    : s.value().isEmpty() ? messages.get("console.overview.unknown") : s.value());
            values.add(s.conversations());
            colors.add(ChartJson.color(i));
        }
        JsonObjectBuilder data = JsonProviders.PROVIDER.createObjectBuilder().add("labels", labels)
                .add("datasets", JsonProviders.PROVIDER.createArrayBuilder().add(JsonProviders.PROVIDER
                        .createObjectBuilder().add("data", values).add("backgroundColor", colors)));
        return JsonProviders.PROVIDER.createObjectBuilder().add("type", "doughnut").add("data", data)
                .add("options", JsonProviders.PROVIDER.createObjectBuilder().add("animation", false)
                        .add("maintainAspectRatio", false).add("plugins", JsonProviders.PROVIDER.createObjectBuilder().add("legend",
                                JsonProviders.PROVIDER.createObjectBuilder().add("position", "right"))))
                .build().toString();
    }

    public boolean hasShares(String field) {
        return !overview.shares().getOrDefault(field, List.of()).isEmpty();
    }

    private String channelLabel(String channel) {
        String key = "console.channel." + channel;
        return messages.has(key) ? messages.get(key) : channel;
    }

    private JsonArrayBuilder hourLabels() {
        JsonArrayBuilder labels = JsonProviders.PROVIDER.createArrayBuilder();
        ZoneId z = ZoneId.of(zone);
        for (Instant h : overview.hours()) {
            labels.add(String.format("%02d:00", h.atZone(z).getHour()));
        }
        return labels;
    }
}
