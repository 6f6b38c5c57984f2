package io.cloudgate.route53.limits;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.protocol.schema.HttpBinding;
import io.cloudgate.route53.core.Route53Errors;
import io.cloudgate.route53.zones.HostedZones;
import io.cloudgate.route53.zones.ZoneRecord;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import software.amazon.awssdk.services.route53.model.AccountLimit;
import software.amazon.awssdk.services.route53.model.GetAccountLimitRequest;
import software.amazon.awssdk.services.route53.model.GetAccountLimitResponse;
import software.amazon.awssdk.services.route53.model.GetHostedZoneLimitRequest;
import software.amazon.awssdk.services.route53.model.GetHostedZoneLimitResponse;
import software.amazon.awssdk.services.route53.model.HostedZoneLimit;

/** GetAccountLimit and GetHostedZoneLimit, with AWS's default quotas. */
public final class LimitOperations {
    private static final Map<String, Long> ACCOUNT_LIMITS = Map.of(
            "MAX_HEALTH_CHECKS_BY_OWNER", 200L,
            "MAX_HOSTED_ZONES_BY_OWNER", 500L,
            "MAX_TRAFFIC_POLICY_INSTANCES_BY_OWNER", 5L,
            "MAX_REUSABLE_DELEGATION_SETS_BY_OWNER", 100L,
            "MAX_TRAFFIC_POLICIES_BY_OWNER", 50L);
    private static final Map<String, Long> ZONE_LIMITS = Map.of(
            "MAX_RRSETS_BY_ZONE", 10_000L,
            "MAX_VPCS_ASSOCIATED_BY_ZONE", 300L);

    private final HostedZones zones;
    private final ToLongFunction<String> healthCheckCount;

    private LimitOperations(HostedZones zones, ToLongFunction<String> healthCheckCount) {
        this.zones = zones;
        this.healthCheckCount = healthCheckCount;
    }

    /** @param healthCheckCount how many health checks an account has */
    public static List<BoundOperation> all(HostedZones zones, ToLongFunction<String> healthCheckCount) {
        LimitOperations handlers = new LimitOperations(zones, healthCheckCount);
        return List.of(
                BoundOperation.of(operation("GetAccountLimit", GetAccountLimitRequest::builder,
                        GetAccountLimitResponse::builder,
                        new HttpBinding("GET", "/2013-04-01/accountlimit/{Type}", 200)), handlers::accountLimit),
                BoundOperation.of(operation("GetHostedZoneLimit", GetHostedZoneLimitRequest::builder,
                        GetHostedZoneLimitResponse::builder,
                        new HttpBinding("GET", "/2013-04-01/hostedzonelimit/{Id}/{Type}", 200)),
                        handlers::zoneLimit));
    }

    GetAccountLimitResponse accountLimit(GetAccountLimitRequest request, RequestContext context) {
        String type = request.typeAsString();
        Long limit = type == null ? null : ACCOUNT_LIMITS.get(type);
        if (limit == null) {
            throw Route53Errors.invalidInput(enumError("type", type, ACCOUNT_LIMITS));
        }
        String account = context.principal().accountId();
        long count = switch (type) {
            case "MAX_HOSTED_ZONES_BY_OWNER" -> zones.all(account).size();
            case "MAX_HEALTH_CHECKS_BY_OWNER" -> healthCheckCount.applyAsLong(account);
            default -> 0; // traffic policies and reusable delegation sets are not offered here
        };
        return GetAccountLimitResponse.builder()
                .limit(AccountLimit.builder().type(type).value(limit).build())
                .count(count)
                .build();
    }

    GetHostedZoneLimitResponse zoneLimit(GetHostedZoneLimitRequest request, RequestContext context) {
        String type = request.typeAsString();
        Long limit = type == null ? null : ZONE_LIMITS.get(type);
        if (limit == null) {
            throw Route53Errors.invalidInput(enumError("type", type, ZONE_LIMITS));
        }
        ZoneRecord zone = zones.get(context.principal().accountId(), request.hostedZoneId());
        long count = type.equals("MAX_RRSETS_BY_ZONE") ? zones.recordSets(zone.id()).size() : zone.vpcs().size();
        return GetHostedZoneLimitResponse.builder()
                .limit(HostedZoneLimit.builder().type(type).value(limit).build())
                .count(count)
                .build();
    }

    private static String enumError(String member, String value, Map<String, Long> allowed) {
        return "1 validation error detected: Value '" + value + "' at '" + member + "' failed to satisfy constraint: "
                + "Member must satisfy enum value set: " + allowed.keySet().stream().sorted().toList();
    }
}
