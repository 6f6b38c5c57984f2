package io.cloudgate.cloudwatch.metrics.ops;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.cloudwatch.metrics.Dimension;
import io.cloudgate.cloudwatch.metrics.MetricSample;
import io.cloudgate.cloudwatch.metrics.MetricSeries;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataResponse;

/**
 * PutMetricData: validates the whole request first (nothing is stored from a rejected request), then stores the
 * samples of each series. At most 1000 data items, 30 dimensions each, and about 1 MB of payload, as CloudWatch.
 */
final class PutMetricData implements Operation<PutMetricDataRequest, PutMetricDataResponse> {
    static final int MAX_ITEMS = 1000;
    static final int MAX_DIMENSIONS = 30;
    static final int MAX_PAYLOAD_BYTES = 1024 * 1024;

    private final MetricStore store;
    private final Clock clock;

    PutMetricData(MetricStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public PutMetricDataResponse handle(PutMetricDataRequest request, RequestContext context) {
        String namespace = Names.namespace(request.namespace(), "Namespace");
        if (namespace.startsWith("AWS/")) {
            throw AwsException.badRequest("InvalidParameterValue", "The value " + namespace
                    + " for parameter Namespace is invalid.");
        }
        List<MetricDatum> data = request.metricData();
        if (data.isEmpty()) {
            throw AwsException.badRequest("MissingParameter", "The parameter MetricData is required.");
        }
        if (data.size() > MAX_ITEMS) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "The collection MetricData must not have a size greater than " + MAX_ITEMS + ".");
        }
        long payload = PayloadSize.of(request);
        if (payload > MAX_PAYLOAD_BYTES) {
            throw new AwsException(413, "RequestEntityTooLarge", "Request size " + payload + " exceeded "
                    + MAX_PAYLOAD_BYTES + " bytes");
        }
        String account = context.principal().accountId();
        Map<MetricSeries, List<MetricSample>> bySeries = new LinkedHashMap<>();
        for (int i = 0; i < data.size(); i++) {
            MetricDatum datum = data.get(i);
            String member = "MetricData.member." + (i + 1);
            MetricSeries series = new MetricSeries(account, namespace,
                    Names.metricName(datum.metricName(), member + ".MetricName"), dimensions(datum, member));
            MetricSample sample = MetricDatumReader.read(datum, member, clock.instant());
            if (sample != null) {
                bySeries.computeIfAbsent(series, s -> new ArrayList<>()).add(sample);
            }
        }
        store.putAll(bySeries);
        return PutMetricDataResponse.builder().build();
    }

    private static List<Dimension> dimensions(MetricDatum datum, String member) {
        if (datum.dimensions().size() > MAX_DIMENSIONS) {
            throw AwsException.badRequest("InvalidParameterValue", "The collection " + member
                    + ".Dimensions must not have a size greater than " + MAX_DIMENSIONS + ".");
        }
        List<Dimension> dimensions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int j = 0; j < datum.dimensions().size(); j++) {
            var dimension = datum.dimensions().get(j);
            String prefix = member + ".Dimensions.member." + (j + 1);
            String name = Names.dimensionName(dimension.name(), prefix + ".Name");
            String value = Names.dimensionValue(dimension.value(), prefix + ".Value");
            if (!names.add(name)) {
                throw AwsException.badRequest("InvalidParameterValue", "The dimension name " + name
                        + " is repeated in " + member + ".Dimensions.");
            }
            dimensions.add(new Dimension(name, value));
        }
        return dimensions;
    }
}
