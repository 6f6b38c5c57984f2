package io.cloudgate.cloudwatch.metrics.read;

import io.cloudgate.api.AwsException;
import io.cloudgate.cloudwatch.metrics.MetricDataReader;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.math.ExpressionEvaluator;
import io.cloudgate.cloudwatch.metrics.math.ExpressionException;
import io.cloudgate.cloudwatch.metrics.math.ExpressionParser;
import io.cloudgate.cloudwatch.metrics.math.MathContext;
import io.cloudgate.cloudwatch.metrics.math.MathValue;
import io.cloudgate.cloudwatch.metrics.math.TimeSeries;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.cloudwatch.model.MessageData;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.StatusCode;

/**
 * GetMetricData's semantics over the metric store: metric stats read from the store, expressions evaluated
 * with metric math (each query at most once, in dependency order). GetMetricData and the alarm engine both
 * read through this class.
 */
public final class StoreMetricDataReader implements MetricDataReader {
    private final MetricStatReader stats;
    private final Clock clock;

    public StoreMetricDataReader(MetricStore store, Clock clock) {
        this.stats = new MetricStatReader(store);
        this.clock = clock;
    }

    /** @throws AwsException (ValidationError and friends) for invalid queries or expressions */
    @Override
    public List<MetricDataResult> read(String account, List<MetricDataQuery> queries, Instant start, Instant end) {
        QueryValidation.validate(queries);
        return new Evaluation(account, queries, start, end).results();
    }

    private final class Evaluation implements MathContext {
        private final String account;
        private final List<MetricDataQuery> queries;
        private final Instant start;
        private final Instant end;
        private final Map<String, MetricDataQuery> byId = new HashMap<>();
        private final Map<String, MathValue> values = new HashMap<>();
        private final Map<String, List<MessageData>> messages = new HashMap<>();
        private final Set<String> evaluating = new HashSet<>();
        private final Map<String, String> labels;
        private String current;

        Evaluation(String account, List<MetricDataQuery> queries, Instant start, Instant end) {
            this.account = account;
            this.queries = queries;
            this.start = start;
            this.end = end;
            queries.forEach(query -> byId.put(query.id(), query));
            this.labels = Labels.of(queries);
        }

        List<MetricDataResult> results() {
            List<MetricDataResult> results = new ArrayList<>();
            for (MetricDataQuery query : queries) {
                MathValue value = value(query.id());
                if (Boolean.FALSE.equals(query.returnData())) {
                    continue;
                }
                for (TimeSeries series : materialize(query, value)) {
                    results.add(MetricDataResult.builder()
                            .id(query.id())
                            .label(series.label())
                            .timestamps(series.points().keySet().stream().map(Instant::ofEpochSecond).toList())
                            .values(List.copyOf(series.points().values()))
                            .statusCode(StatusCode.COMPLETE)
                            .messages(messages.getOrDefault(query.id(), List.of()))
                            .build());
                }
            }
            return results;
        }

        private List<TimeSeries> materialize(MetricDataQuery query, MathValue value) {
            String label = labels.get(query.id());
            return switch (value) {
                case MathValue.Scalar scalar -> List.of(ExpressionEvaluator.constant(label, scalar.value(),
                        grid(period(query))));
                case MathValue.Series series -> List.of(series.series().withLabel(label));
                case MathValue.SeriesArray array -> query.label() == null ? array.series()
                        : array.series().stream().map(series -> series.withLabel(query.label())).toList();
            };
        }

        private MathValue value(String id) {
            MathValue known = values.get(id);
            if (known != null) {
                return known;
            }
            MetricDataQuery query = byId.get(id);
            if (!evaluating.add(id)) {
                throw AwsException.validation("Circular dependency between metric data queries involving '"
                        + id + "'.");
            }
            MathValue value = query.metricStat() != null ? readStat(query) : evaluateExpression(query);
            evaluating.remove(id);
            values.put(id, value);
            return value;
        }

        private MathValue readStat(MetricDataQuery query) {
            Instant aligned = TimeAlignment.start(start, query.metricStat().period(), clock.instant());
            MetricStatReader.StatResult result = stats.read(account, query.metricStat(), aligned, end,
                    labels.get(query.id()));
            messages.put(query.id(), result.messages());
            return new MathValue.Series(result.series());
        }

        private MathValue evaluateExpression(MetricDataQuery query) {
            String previous = current;
            current = query.id();
            try {
                return new ExpressionEvaluator(this).evaluate(ExpressionParser.parse(query.expression()));
            } catch (ExpressionException e) {
                throw AwsException.validation("Error in expression '" + query.id() + "': " + e.getMessage());
            } finally {
                current = previous;
            }
        }

        @Override
        public MathValue reference(String id) {
            if (!byId.containsKey(id)) {
                throw new ExpressionException("Unrecognized metric or expression id '" + id + "'.");
            }
            return value(id);
        }

        @Override
        public List<TimeSeries> metrics(String idPrefix) {
            List<TimeSeries> series = new ArrayList<>();
            for (MetricDataQuery query : queries) {
                if (query.metricStat() != null && query.id().startsWith(idPrefix)) {
                    series.add(((MathValue.Series) value(query.id())).series());
                }
            }
            return series;
        }

        @Override
        public List<Long> grid() {
            return grid(period(byId.get(current)));
        }

        private List<Long> grid(int period) {
            List<Long> times = new ArrayList<>();
            long first = TimeAlignment.start(start, period, clock.instant()).getEpochSecond();
            for (long time = first; time < end.getEpochSecond(); time += period) {
                times.add(time);
            }
            return times;
        }

        /** An expression's period: its own, else the longest period of the request's metric stats, else a minute. */
        private int period(MetricDataQuery query) {
            if (query.metricStat() != null) {
                return query.metricStat().period();
            }
            if (query.period() != null && query.period() > 0) {
                return query.period();
            }
            return queries.stream().filter(other -> other.metricStat() != null)
                    .mapToInt(other -> other.metricStat().period()).max().orElse(60);
        }
    }
}
