package io.cloudgate.cloudwatch.alarms;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.cloudwatch.alarms.actions.ActionTargets;
import io.cloudgate.cloudwatch.alarms.actions.InstanceActions;
import io.cloudgate.cloudwatch.alarms.actions.ScalingPolicyInvoker;
import io.cloudgate.cloudwatch.alarms.actions.WebhookSender;
import io.cloudgate.cloudwatch.metrics.MetricDataReader;
import io.cloudgate.cloudwatch.tags.ResourceTags;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;

/**
 * An alarm context over an in-memory store, a settable clock, a metric reader serving fixed series, and
 * recording EC2 actions; actions run on the calling thread so tests see their outcome at once.
 */
public final class AlarmFixture implements AutoCloseable {
    public static final String ACCOUNT = "123456789012";
    public static final String REGION = "us-east-1";

    public final SettableClock clock = new SettableClock(Instant.parse("2026-01-10T10:00:30Z"));
    public final DocumentStore store = MvStoreDocumentStore.inMemory(clock);
    public final FixedSeries series = new FixedSeries();
    public final List<String> instanceActions = new CopyOnWriteArrayList<>();
    public final AlarmContext context;
    private final Map<String, BoundOperation> operations;

    public AlarmFixture() {
        InstanceActions instances = (account, instanceId, verb) -> {
            if (instanceId.equals("i-00000000000000bad")) {
                throw new IllegalStateException("The instance ID '" + instanceId + "' does not exist");
            }
            instanceActions.add(account + " " + instanceId + " " + verb);
        };
        ActionTargets targets = new ActionTargets(instances, ScalingPolicyInvoker.unavailable(),
                new WebhookSender(Duration.ofSeconds(2)));
        context = AlarmContext.of(store, new ResourceTags(store), series, targets, clock, Runnable::run, REGION);
        operations = AlarmOperations.all(context).stream()
                .collect(Collectors.toMap(BoundOperation::name, operation -> operation));
    }

    /** Runs an operation as the fixture's account. */
    @SuppressWarnings("unchecked")
    public <O> O call(String name, Object request) {
        RequestContext requestContext = new RequestContext("req-1",
                new Principal(ACCOUNT, "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT, "root", "AKIDEXAMPLE", false),
                REGION, clock);
        return (O) operations.get(name).handler().handle(request, requestContext);
    }

    @Override
    public void close() {
        store.close();
    }

    /** A clock tests move by hand. */
    public static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant start) {
            this.now = start;
        }

        public void set(Instant instant) {
            now = instant;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Serves, for every query, the datapoints set for its id within the requested range. */
    public static final class FixedSeries implements MetricDataReader {
        private final Map<String, Map<Instant, Double>> byId = new java.util.concurrent.ConcurrentHashMap<>();

        public void put(String id, Instant timestamp, double value) {
            byId.computeIfAbsent(id, key -> new java.util.TreeMap<>()).put(timestamp, value);
        }

        public void clear() {
            byId.clear();
        }

        @Override
        public List<MetricDataResult> read(String account, List<software.amazon.awssdk.services.cloudwatch.model
                .MetricDataQuery> queries, Instant start, Instant end) {
            List<MetricDataResult> results = new ArrayList<>();
            for (var query : queries) {
                if (Boolean.FALSE.equals(query.returnData())) {
                    continue;
                }
                List<Instant> timestamps = new ArrayList<>();
                List<Double> values = new ArrayList<>();
                byId.getOrDefault(query.id(), Map.of()).forEach((timestamp, value) -> {
                    if (!timestamp.isBefore(start) && timestamp.isBefore(end)) {
                        timestamps.add(timestamp);
                        values.add(value);
                    }
                });
                results.add(MetricDataResult.builder().id(query.id()).timestamps(timestamps).values(values).build());
            }
            return results;
        }
    }
}
