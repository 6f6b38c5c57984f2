package io.cloudgate.cloudwatch.metrics;

import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;

/**
 * Reads metric data with GetMetricData's semantics (metric stats and metric math) for one account. The alarm
 * engine evaluates static-threshold alarms as a single metric-stat query and metric-math alarms as their
 * queries, so alarms and GetMetricData can never disagree.
 */
public interface MetricDataReader {

    /** Results for the queries that return data, timestamps ascending, over [start, end). */
    List<MetricDataResult> read(String account, List<MetricDataQuery> queries, Instant start, Instant end);
}
