package io.switchboard.interfaces.web.admin;

import io.switchboard.application.RoutingSettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/** Times in the tenant's zone (the work-hours calendar's), durations and lists, the same on every console page. */
@Named("fmt")
@RequestScoped
public class ConsoleFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter BRIEF = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @Inject
    RoutingSettingsService routing;
    @Inject
    java.time.Clock clock;

    private ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            zone = routing.current().zone();
        }
        return zone;
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone()));
    }

    /** Month, day and minute, for narrow list columns (the full time is {@link #when}, e.g. in a title). */
    public String brief(Instant at) {
        return at == null ? "" : BRIEF.format(at.atZone(zone()));
    }

    /** A list as people write it ("售前咨询、VIP 贵宾"), never Java's "[a, b]"; empty for none. */
    public String list(Collection<?> items) {
        return items == null ? "" : items.stream().filter(Objects::nonNull).map(String::valueOf)
                .collect(Collectors.joining("、"));
    }

    /** How long ago {@code at} was, as {@link #duration} says it (a visit on the site so far). */
    public String since(Instant at) {
        return at == null ? "" : duration(Math.max(0, java.time.Duration.between(at, clock.instant()).getSeconds()));
    }

    /** m:ss, or h:mm:ss from an hour on. */
    public String duration(long seconds) {
        return spanOf(seconds * 1000);
    }

    /** A report's ratio as a percentage with one decimal ("87.5 %"), or "—" when there was nothing to divide. */
    public String share(Double ratio) {
        return ratio == null ? "—" : String.format("%.1f %%", ratio * 100);
    }

    /** A report's milliseconds as seconds with one decimal ("12.3 s"), or "—" for none. */
    public String millis(Long ms) {
        return ms == null ? "—" : String.format("%.1f s", ms / 1000.0);
    }

    /** A report's milliseconds as {@link #duration} says them, or "—" for none. */
    public String span(Long ms) {
        return ms == null ? "—" : duration(Math.round(ms / 1000.0));
    }

    /** {@link #span} for a caller without the bean. */
    public static String spanOf(long ms) {
        long seconds = Math.round(ms / 1000.0);
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    /** A confidence in [0, 1] as a whole percentage. */
    public long percent(double confidence) {
        return Math.round(confidence * 100);
    }
}
