package io.switchboard.domain.model.report.custom;

/** The step of a custom report's time dimension, each a stored column of {@link ReportSession}. */
public enum Granularity {
    HOUR, DAY, WEEK, MONTH
}
