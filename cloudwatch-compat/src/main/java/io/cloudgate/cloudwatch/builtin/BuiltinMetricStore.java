package io.cloudgate.cloudwatch.builtin;

import io.cloudgate.cloudwatch.builtin.InstanceDirectory.Instance;
import io.cloudgate.cloudwatch.metrics.Dimension;
import io.cloudgate.cloudwatch.metrics.ListedSeries;
import io.cloudgate.cloudwatch.metrics.MetricSample;
import io.cloudgate.cloudwatch.metrics.MetricSeries;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.metrics.PeriodAggregate;
import io.cloudgate.cloudwatch.metrics.SeriesFilter;
import io.cloudgate.cloudwatch.metrics.SeriesPage;
import io.cloudgate.compute.Machines;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A metric store that also answers the built-in AWS/EC2 metrics of every instance (dimension InstanceId), made
 * from the compute port's usage when read; everything else goes to the stored metrics. ListMetrics shows the
 * built-in series first, then the stored ones: a page token says which part it continues ("ec2:" and an offset
 * into the built-in series, or "stored:" and the stored metrics' own token).
 */
public final class BuiltinMetricStore implements MetricStore {
    private static final String BUILTIN_TOKEN = "ec2:";
    private static final String STORED_TOKEN = "stored:";

    private final MetricStore stored;
    private final InstanceDirectory instances;
    private final Ec2MetricGenerator generator;
    private final Clock clock;

    BuiltinMetricStore(MetricStore stored, InstanceDirectory instances, Ec2MetricGenerator generator, Clock clock) {
        this.stored = stored;
        this.instances = instances;
        this.generator = generator;
        this.clock = clock;
    }

    /** The stored metrics plus the AWS/EC2 metrics of the directory's instances, from the port's usage. */
    public static BuiltinMetricStore withEc2Metrics(MetricStore stored, InstanceDirectory instances,
                                                    Machines machines, Clock clock) {
        return new BuiltinMetricStore(stored, instances, new Ec2MetricGenerator(machines, clock), clock);
    }

    @Override
    public void put(MetricSeries series, List<MetricSample> samples) {
        stored.put(series, samples);
    }

    @Override
    public void putAll(Map<MetricSeries, List<MetricSample>> samplesBySeries) {
        stored.putAll(samplesBySeries);
    }

    @Override
    public List<PeriodAggregate> query(MetricSeries series, Instant start, Instant end, int periodSeconds) {
        Optional<Ec2Metric> metric = series.namespace().equals(Ec2Metric.NAMESPACE)
                ? Ec2Metric.named(series.metricName()) : Optional.empty();
        if (metric.isPresent() && series.dimensions().size() == 1
                && series.dimensions().getFirst().name().equals(Ec2Metric.DIMENSION)) {
            Optional<Instance> instance = instances.find(series.account(), series.dimensions().getFirst().value());
            if (instance.isPresent()) {
                return generator.query(series.account(), instance.get(), metric.get(), start, end, periodSeconds);
            }
        }
        return stored.query(series, start, end, periodSeconds);
    }

    @Override
    public SeriesPage list(String account, SeriesFilter filter, String pageToken, int pageSize) {
        if (pageToken != null && pageToken.startsWith(STORED_TOKEN)) {
            String storedToken = pageToken.substring(STORED_TOKEN.length());
            return storedPage(account, filter, storedToken.isEmpty() ? null : storedToken, pageSize, List.of());
        }
        List<ListedSeries> builtin = builtinSeries(account, filter);
        int offset = pageToken == null ? 0 : offset(pageToken);
        List<ListedSeries> page = builtin.subList(Math.min(offset, builtin.size()),
                Math.min(offset + pageSize, builtin.size()));
        if (offset + pageSize < builtin.size()) {
            return new SeriesPage(page, BUILTIN_TOKEN + (offset + pageSize));
        }
        if (page.size() == pageSize) {
            // The page is full: peek whether any stored series follow, so the last page has no token.
            boolean more = !stored.list(account, filter, null, 1).series().isEmpty();
            return new SeriesPage(page, more ? STORED_TOKEN : null);
        }
        return storedPage(account, filter, null, pageSize - page.size(), page);
    }

    private SeriesPage storedPage(String account, SeriesFilter filter, String storedToken, int size,
                                  List<ListedSeries> before) {
        SeriesPage page = stored.list(account, filter, storedToken, size);
        List<ListedSeries> series = new ArrayList<>(before);
        series.addAll(page.series());
        return new SeriesPage(series, page.nextToken() == null ? null : STORED_TOKEN + page.nextToken());
    }

    /** The built-in series of the account's instances that match the filter, by metric name and instance id. */
    private List<ListedSeries> builtinSeries(String account, SeriesFilter filter) {
        if (filter.namespace() != null && !filter.namespace().equals(Ec2Metric.NAMESPACE)) {
            return List.of();
        }
        Instant now = clock.instant();
        List<ListedSeries> result = new ArrayList<>();
        for (Instance instance : instances.instances(account)) {
            Instant lastWrite = instance.lastActive() == null ? now : instance.lastActive();
            for (Ec2Metric metric : Ec2Metric.values()) {
                MetricSeries series = new MetricSeries(account, Ec2Metric.NAMESPACE, metric.metricName(),
                        List.of(new Dimension(Ec2Metric.DIMENSION, instance.instanceId())));
                if (filter.matches(series, lastWrite)) {
                    result.add(new ListedSeries(series, lastWrite));
                }
            }
        }
        result.sort(Comparator.comparing((ListedSeries listed) -> listed.series().metricName())
                .thenComparing(listed -> listed.series().dimensions().getFirst().value()));
        return result;
    }

    private static int offset(String pageToken) {
        if (!pageToken.startsWith(BUILTIN_TOKEN)) {
            throw new IllegalArgumentException("Invalid page token");
        }
        try {
            int offset = Integer.parseInt(pageToken.substring(BUILTIN_TOKEN.length()));
            if (offset < 0) {
                throw new IllegalArgumentException("Invalid page token");
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid page token", e);
        }
    }
}
