package io.cloudgate.cloudwatch.metrics.read;

import io.cloudgate.api.AwsException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;

/** Checks MetricDataQueries as CloudWatch does, naming members as the query protocol does. */
public final class QueryValidation {
    private static final Pattern ID = Pattern.compile("^[a-z][a-zA-Z0-9_]*$");

    private QueryValidation() {
    }

    public static void validate(List<MetricDataQuery> queries) {
        if (queries.isEmpty()) {
            throw AwsException.badRequest("MissingParameter", "The parameter MetricDataQueries is required.");
        }
        if (queries.size() > 500) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "The collection MetricDataQueries must not have a size greater than 500.");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < queries.size(); i++) {
            MetricDataQuery query = queries.get(i);
            String member = "MetricDataQueries.member." + (i + 1);
            if (query.id() == null) {
                throw AwsException.badRequest("MissingParameter", "The parameter " + member + ".Id is required.");
            }
            if (!ID.matcher(query.id()).matches()) {
                throw AwsException.validation("Invalid metric data query id '" + query.id() + "' at " + member
                        + ".Id: the id must start with a lowercase letter and contain only letters, numbers and"
                        + " underscores.");
            }
            if (!ids.add(query.id())) {
                throw AwsException.validation("The values for parameter id in MetricDataQueries are not unique.");
            }
            if ((query.metricStat() == null) == (query.expression() == null)) {
                throw AwsException.validation("Exactly one element of the metrics list should return data. "
                        + member + " must specify exactly one of MetricStat and Expression.");
            }
            if (query.metricStat() != null) {
                validate(query.metricStat(), member + ".MetricStat");
            }
        }
    }

    private static void validate(MetricStat stat, String member) {
        if (stat.metric() == null || stat.metric().namespace() == null || stat.metric().metricName() == null) {
            throw AwsException.badRequest("MissingParameter", "The parameter " + member
                    + ".Metric.Namespace and " + member + ".Metric.MetricName are required.");
        }
        if (stat.period() == null) {
            throw AwsException.badRequest("MissingParameter", "The parameter " + member + ".Period is required.");
        }
        checkPeriod(stat.period(), member + ".Period");
        if (stat.stat() == null) {
            throw AwsException.badRequest("MissingParameter", "The parameter " + member + ".Stat is required.");
        }
        if (!Statistics.isSupported(stat.stat())) {
            throw AwsException.validation("The value " + stat.stat() + " for parameter " + member
                    + ".Stat is not supported.");
        }
    }

    /** A period is 1, 5, 10, 30 or a multiple of 60 seconds. */
    public static void checkPeriod(int period, String member) {
        if (period <= 0) {
            throw AwsException.badRequest("InvalidParameterValue", "The parameter " + member
                    + " must be greater than 0.");
        }
        if (period < 60 ? !List.of(1, 5, 10, 30).contains(period) : period % 60 != 0) {
            throw AwsException.badRequest("InvalidParameterValue", "The parameter " + member
                    + " must be a multiple of 60" + (period < 60 ? " or one of 1, 5, 10, 30." : "."));
        }
    }
}
