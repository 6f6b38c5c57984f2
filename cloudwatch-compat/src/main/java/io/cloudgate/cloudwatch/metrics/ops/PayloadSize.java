package io.cloudgate.cloudwatch.metrics.ops;

import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;

/**
 * An estimate of a PutMetricData payload in bytes, independent of the protocol that carried it: the strings
 * plus a fixed size per number. CloudWatch limits the payload to 1 MB; the estimate errs on the small side so
 * that nothing AWS accepts is refused here.
 */
final class PayloadSize {
    private static final int NUMBER_BYTES = 8;

    private PayloadSize() {
    }

    static long of(PutMetricDataRequest request) {
        long size = length(request.namespace());
        for (MetricDatum datum : request.metricData()) {
            size += length(datum.metricName()) + length(datum.unitAsString());
            for (var dimension : datum.dimensions()) {
                size += length(dimension.name()) + length(dimension.value());
            }
            size += (long) NUMBER_BYTES * (datum.values().size() + datum.counts().size() + 7);
        }
        return size;
    }

    private static long length(String text) {
        return text == null ? 0 : text.length();
    }
}
