package io.switchboard.domain.model.report.custom;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A saved custom report (RP-4): its name, what it shows ({@link CustomReportSpec}), how it is drawn and its period:
 * the last N days up to today (so it keeps up by itself), or fixed days. At most {@value #MAX_DAYS} days.
 */
@Entity
@Table(name = "custom_report")
public class CustomReport extends TenantOwned {

    public static final int MAX_DAYS = 90;
    public static final int MAX_NAME = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = MAX_NAME)
    private String name;
    @Column(nullable = false, length = 400)
    private String metrics;
    @Column(nullable = false, length = 60)
    private String dimensions;
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Granularity granularity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ChartKind chart;
    @Column(name = "last_days")
    private Integer lastDays;
    @Column(name = "from_day")
    private LocalDate fromDay;
    @Column(name = "to_day")
    private LocalDate toDay;
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CustomReport() {
    }

    public CustomReport(String name, CustomReportSpec spec, ChartKind chart, Period period, String createdBy, Instant at) {
        this.createdBy = createdBy;
        this.createdAt = at;
        change(name, spec, chart, period);
    }

    /** The period: {@code lastDays} (1 = today) or the days [from, to]; exactly one of the two. */
    public record Period(Integer lastDays, LocalDate from, LocalDate to) {
        public Period {
            if (lastDays != null) {
                if (lastDays < 1 || lastDays > MAX_DAYS) {
                    throw new IllegalArgumentException("lastDays: 1 to " + MAX_DAYS);
                }
                if (from != null || to != null) {
                    throw new IllegalArgumentException("lastDays: not with from and to");
                }
            } else {
                if (from == null || to == null) {
                    throw new IllegalArgumentException("from: give lastDays, or from and to");
                }
                if (to.isBefore(from)) {
                    throw new IllegalArgumentException("to: before from");
                }
                if (from.plusDays(MAX_DAYS).isBefore(to.plusDays(1))) {
                    throw new IllegalArgumentException("to: at most " + MAX_DAYS + " days");
                }
            }
        }

        /** The first and last day of the period, {@code today} being the tenant's today. */
        public LocalDate[] days(LocalDate today) {
            return lastDays == null ? new LocalDate[] {from, to} : new LocalDate[] {today.minusDays(lastDays - 1L), today};
        }
    }

    public void change(String name, CustomReportSpec spec, ChartKind chart, Period period) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new IllegalArgumentException("name: 1 to " + MAX_NAME + " characters");
        }
        if (chart == null || period == null) {
            throw new IllegalArgumentException(chart == null ? "chart: required" : "period: required");
        }
        this.name = n;
        this.metrics = spec.metrics().stream().map(Enum::name).collect(Collectors.joining(","));
        this.dimensions = spec.dimensions().stream().map(Enum::name).collect(Collectors.joining(","));
        this.granularity = spec.granularity();
        this.chart = chart;
        this.lastDays = period.lastDays();
        this.fromDay = period.from();
        this.toDay = period.to();
    }

    public CustomReportSpec spec() {
        return CustomReportSpec.parse(split(metrics), split(dimensions), granularity == null ? null : granularity.name());
    }

    public Period period() {
        return new Period(lastDays, fromDay, toDay);
    }

    private static List<String> split(String codes) {
        return codes.isEmpty() ? List.of() : Arrays.asList(codes.split(","));
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public ChartKind getChart() { return chart; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
