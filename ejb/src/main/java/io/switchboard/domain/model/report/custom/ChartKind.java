package io.switchboard.domain.model.report.custom;

/** How a custom report is drawn (报表类型). */
public enum ChartKind {
    TABLE, BAR, LINE
}
