package io.cloudgate.cloudwatch.metrics.ops;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.cloudwatch.metrics.MetricDataReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.StatusCode;

/**
 * GetMetricData: reads through the {@link MetricDataReader} (as alarms do), orders each result by ScanBy
 * (descending by default, as CloudWatch) and pages all results' datapoints together, at most MaxDatapoints per
 * page; a result with datapoints left for a later page is PartialData.
 */
final class GetMetricData implements Operation<GetMetricDataRequest, GetMetricDataResponse> {
    static final int DEFAULT_MAX_DATAPOINTS = 100_800;
    private static final String TOKEN_PREFIX = "offset:";

    private final MetricDataReader reader;

    GetMetricData(MetricDataReader reader) {
        this.reader = reader;
    }

    @Override
    public GetMetricDataResponse handle(GetMetricDataRequest request, RequestContext context) {
        TimeRange.check(request.startTime(), request.endTime());
        int maxDatapoints = request.maxDatapoints() == null ? DEFAULT_MAX_DATAPOINTS : request.maxDatapoints();
        if (maxDatapoints <= 0) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "The value " + maxDatapoints + " for parameter MaxDatapoints is invalid.");
        }
        boolean ascending = request.scanBy() == ScanBy.TIMESTAMP_ASCENDING;
        if (request.scanBy() == ScanBy.UNKNOWN_TO_SDK_VERSION) {
            throw AwsException.validation("1 validation error detected: Value '" + request.scanByAsString()
                    + "' at 'scanBy' failed to satisfy constraint: Member must satisfy enum value set:"
                    + " [TimestampDescending, TimestampAscending]");
        }
        long offset = offset(request.nextToken());
        List<MetricDataResult> all = reader.read(context.principal().accountId(), request.metricDataQueries(),
                request.startTime(), request.endTime());
        List<MetricDataResult> page = new ArrayList<>();
        long skip = offset;
        long room = maxDatapoints;
        boolean more = false;
        for (MetricDataResult result : all) {
            List<Instant> timestamps = new ArrayList<>(result.timestamps());
            List<Double> values = new ArrayList<>(result.values());
            if (!ascending) {
                Collections.reverse(timestamps);
                Collections.reverse(values);
            }
            int from = (int) Math.min(skip, timestamps.size());
            skip -= from;
            int to = (int) Math.min(timestamps.size(), from + room);
            room -= to - from;
            boolean partial = to < timestamps.size();
            more |= partial;
            page.add(result.toBuilder().timestamps(timestamps.subList(from, to)).values(values.subList(from, to))
                    .statusCode(partial ? StatusCode.PARTIAL_DATA : StatusCode.COMPLETE).build());
        }
        return GetMetricDataResponse.builder()
                .metricDataResults(page)
                .messages(List.of())
                .nextToken(more ? token(offset + maxDatapoints) : null)
                .build();
    }

    private static String token(long offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static long offset(String token) {
        if (token == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(TOKEN_PREFIX)) {
                long offset = Long.parseLong(text.substring(TOKEN_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw AwsException.badRequest("InvalidNextToken", "The value for parameter NextToken is invalid.");
    }
}
