package io.cloudgate.elb.classic;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.RequestContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.elasticloadbalancing.model.AccessLog;
import software.amazon.awssdk.services.elasticloadbalancing.model.AdditionalAttribute;
import software.amazon.awssdk.services.elasticloadbalancing.model.ConnectionDraining;
import software.amazon.awssdk.services.elasticloadbalancing.model.ConnectionSettings;
import software.amazon.awssdk.services.elasticloadbalancing.model.CrossZoneLoadBalancing;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeLoadBalancerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeLoadBalancerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerAttributes;
import software.amazon.awssdk.services.elasticloadbalancing.model.ModifyLoadBalancerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.ModifyLoadBalancerAttributesResponse;

/** Describe/ModifyLoadBalancerAttributes: draining and idle timeout reach the data plane, the rest is kept. */
final class AttributeOperations {
    private static final String DESYNC = "elb.http.desyncmitigationmode";
    private static final Set<String> DESYNC_MODES = Set.of("monitor", "defensive", "strictest");

    private final ClassicContext context;

    private AttributeOperations(ClassicContext context) {
        this.context = context;
    }

    static List<BoundOperation> all(ClassicContext context) {
        AttributeOperations ops = new AttributeOperations(context);
        return List.of(
                BoundOperation.of(operation("DescribeLoadBalancerAttributes",
                        DescribeLoadBalancerAttributesRequest::builder,
                        DescribeLoadBalancerAttributesResponse::builder), ops::describe),
                BoundOperation.of(operation("ModifyLoadBalancerAttributes",
                        ModifyLoadBalancerAttributesRequest::builder,
                        ModifyLoadBalancerAttributesResponse::builder), ops::modify));
    }

    private DescribeLoadBalancerAttributesResponse describe(DescribeLoadBalancerAttributesRequest request,
                                                            RequestContext ctx) {
        ClassicBalancer balancer = context.store().require(ctx.principal().accountId(), request.loadBalancerName());
        return DescribeLoadBalancerAttributesResponse.builder().loadBalancerAttributes(toSdk(balancer.attributes()))
                .build();
    }

    private ModifyLoadBalancerAttributesResponse modify(ModifyLoadBalancerAttributesRequest request,
                                                        RequestContext ctx) {
        if (request.loadBalancerAttributes() == null) {
            throw ClassicErrors.validation("1 validation error detected: Value null at 'loadBalancerAttributes' "
                    + "failed to satisfy constraint: Member must not be null");
        }
        ClassicBalancer changed = context.change(ctx.principal().accountId(), request.loadBalancerName(),
                balancer -> balancer.withAttributes(merge(balancer.attributes(), request.loadBalancerAttributes())));
        return ModifyLoadBalancerAttributesResponse.builder().loadBalancerName(changed.name())
                .loadBalancerAttributes(toSdk(changed.attributes())).build();
    }

    /** The attributes with those the request sets replaced, each checked. */
    static ClassicAttributes merge(ClassicAttributes current, LoadBalancerAttributes changes) {
        boolean crossZone = current.crossZone();
        if (changes.crossZoneLoadBalancing() != null) {
            crossZone = required(changes.crossZoneLoadBalancing().enabled(), "CrossZoneLoadBalancing.Enabled");
        }
        boolean draining = current.drainingEnabled();
        int drainingTimeout = current.drainingTimeout();
        if (changes.connectionDraining() != null) {
            draining = required(changes.connectionDraining().enabled(), "ConnectionDraining.Enabled");
            if (changes.connectionDraining().timeout() != null) {
                drainingTimeout = within(changes.connectionDraining().timeout(), 1, 3600, "ConnectionDraining.Timeout");
            }
        }
        int idle = current.idleTimeout();
        if (changes.connectionSettings() != null) {
            idle = within(required(changes.connectionSettings().idleTimeout(), "ConnectionSettings.IdleTimeout"),
                    1, 4000, "ConnectionSettings.IdleTimeout");
        }
        boolean logs = current.accessLogEnabled();
        String bucket = current.accessLogBucket();
        String prefix = current.accessLogPrefix();
        int interval = current.accessLogInterval();
        AccessLog log = changes.accessLog();
        if (log != null) {
            logs = required(log.enabled(), "AccessLog.Enabled");
            bucket = log.s3BucketName() == null ? bucket : log.s3BucketName();
            prefix = log.s3BucketPrefix() == null ? prefix : log.s3BucketPrefix();
            if (log.emitInterval() != null) {
                if (log.emitInterval() != 5 && log.emitInterval() != 60) {
                    throw ClassicErrors.validation("AccessLog.EmitInterval must be 5 or 60: " + log.emitInterval());
                }
                interval = log.emitInterval();
            }
            if (logs && (bucket == null || bucket.isBlank())) {
                throw ClassicErrors.validation("AccessLog.S3BucketName is required when access logs are enabled");
            }
        }
        Map<String, String> additional = new LinkedHashMap<>(current.additional());
        for (AdditionalAttribute attribute : changes.additionalAttributes()) {
            if (!DESYNC.equals(attribute.key())) {
                throw ClassicErrors.validation("Unknown additional attribute: " + attribute.key());
            }
            if (!DESYNC_MODES.contains(attribute.value())) {
                throw ClassicErrors.validation(DESYNC + " must be one of monitor, defensive, strictest");
            }
            additional.put(attribute.key(), attribute.value());
        }
        return new ClassicAttributes(crossZone, draining, drainingTimeout, idle, logs, bucket, prefix, interval,
                Map.copyOf(additional));
    }

    static LoadBalancerAttributes toSdk(ClassicAttributes attributes) {
        return LoadBalancerAttributes.builder()
                .crossZoneLoadBalancing(CrossZoneLoadBalancing.builder().enabled(attributes.crossZone()).build())
                .accessLog(AccessLog.builder().enabled(attributes.accessLogEnabled())
                        .s3BucketName(attributes.accessLogBucket()).s3BucketPrefix(attributes.accessLogPrefix())
                        .emitInterval(attributes.accessLogEnabled() ? attributes.accessLogInterval() : null).build())
                .connectionDraining(ConnectionDraining.builder().enabled(attributes.drainingEnabled())
                        .timeout(attributes.drainingTimeout()).build())
                .connectionSettings(ConnectionSettings.builder().idleTimeout(attributes.idleTimeout()).build())
                .additionalAttributes(attributes.additional().entrySet().stream()
                        .map(e -> AdditionalAttribute.builder().key(e.getKey()).value(e.getValue()).build()).toList())
                .build();
    }

    private static <T> T required(T value, String member) {
        if (value == null) {
            throw ClassicErrors.validation(member + " is required");
        }
        return value;
    }

    private static int within(int value, int min, int max, String member) {
        if (value < min || value > max) {
            throw ClassicErrors.validation(member + " must be within " + min + "-" + max + ": " + value);
        }
        return value;
    }
}
