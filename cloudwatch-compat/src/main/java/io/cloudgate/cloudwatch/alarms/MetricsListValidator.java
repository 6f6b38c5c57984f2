package io.cloudgate.cloudwatch.alarms;

import io.cloudgate.api.Validation;
import io.cloudgate.cloudwatch.alarms.model.StoredQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;

/**
 * Checks the Metrics list of a metric-math alarm: well-formed unique ids, each query either a metric stat
 * (with period and stat) or an expression, and exactly one query returning data.
 */
final class MetricsListValidator {
    private static final Pattern ID = Pattern.compile("[a-z][a-zA-Z0-9_]*");
    private static final int MAX_QUERIES = 10;

    private MetricsListValidator() {
    }

    static List<StoredQuery> check(List<MetricDataQuery> metrics) {
        if (metrics.size() > MAX_QUERIES) {
            throw AlarmErrors.validation("The value for parameter Metrics must contain at most " + MAX_QUERIES
                    + " elements.");
        }
        Set<String> ids = new HashSet<>();
        int returning = 0;
        for (int i = 0; i < metrics.size(); i++) {
            MetricDataQuery query = metrics.get(i);
            String member = "metrics." + (i + 1) + ".member.id";
            Validation.required(query.id(), member);
            Validation.length(query.id(), member, 1, 255);
            if (!ID.matcher(query.id()).matches()) {
                throw AlarmErrors.validation("Invalid metrics list: The value " + query.id() + " for parameter "
                        + "MetricDataQueries.member." + (i + 1) + ".Id is not valid. The first character must be a "
                        + "lower-case letter, and the remaining characters must be letters, numbers, or underscores.");
            }
            if (!ids.add(query.id())) {
                throw AlarmErrors.validation("Invalid metrics list: The Id " + query.id() + " is used more than once.");
            }
            checkShape(query);
            if (query.returnData() == null || query.returnData()) {
                returning++;
            }
        }
        if (returning != 1) {
            throw AlarmErrors.validation("Exactly one element of the metrics list should return data.");
        }
        return metrics.stream().map(StoredQuery::fromSdk).toList();
    }

    private static void checkShape(MetricDataQuery query) {
        boolean hasStat = query.metricStat() != null;
        boolean hasExpression = query.expression() != null;
        if (hasStat == hasExpression) {
            throw AlarmErrors.validation("Invalid metrics list: exactly one of MetricStat and Expression must be "
                    + "set for query " + query.id() + ".");
        }
        if (hasExpression) {
            if (query.expression().isBlank() || query.expression().length() > 2048) {
                throw AlarmErrors.validation("Invalid metrics list: the expression of query " + query.id()
                        + " must have 1 to 2048 characters.");
            }
            if (query.expression().contains("ANOMALY_DETECTION_BAND")) {
                throw AlarmErrors.invalidValue("Anomaly detection bands are not supported by this endpoint.");
            }
            return;
        }
        var stat = query.metricStat();
        if (stat.metric() == null || stat.metric().metricName() == null || stat.metric().namespace() == null) {
            throw AlarmErrors.validation("Invalid metrics list: the metric of query " + query.id()
                    + " must have a Namespace and a MetricName.");
        }
        if (stat.period() == null || stat.stat() == null) {
            throw AlarmErrors.validation("Invalid metrics list: the MetricStat of query " + query.id()
                    + " must have a Period and a Stat.");
        }
        PutMetricAlarmValidator.checkPeriod(stat.period());
    }
}
