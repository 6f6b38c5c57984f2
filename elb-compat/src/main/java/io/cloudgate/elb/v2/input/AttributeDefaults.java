package io.cloudgate.elb.v2.input;

import io.cloudgate.api.AwsException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAttribute;

/**
 * The attributes AWS gives new load balancers, target groups and listeners, and the check that a modification
 * names only attributes of the resource's kind.
 */
public final class AttributeDefaults {
    private AttributeDefaults() {
    }

    public static Map<String, String> loadBalancer(boolean network) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("access_logs.s3.enabled", "false");
        attributes.put("access_logs.s3.bucket", "");
        attributes.put("access_logs.s3.prefix", "");
        attributes.put("deletion_protection.enabled", "false");
        attributes.put("zonal_shift.config.enabled", "false");
        if (network) {
            attributes.put("load_balancing.cross_zone.enabled", "false");
            attributes.put("dns_record.client_routing_policy", "any_availability_zone");
            return attributes;
        }
        attributes.put("load_balancing.cross_zone.enabled", "true");
        attributes.put("idle_timeout.timeout_seconds", "60");
        attributes.put("client_keep_alive.seconds", "3600");
        attributes.put("connection_logs.s3.enabled", "false");
        attributes.put("connection_logs.s3.bucket", "");
        attributes.put("connection_logs.s3.prefix", "");
        attributes.put("health_check_logs.s3.enabled", "false");
        attributes.put("health_check_logs.s3.bucket", "");
        attributes.put("health_check_logs.s3.prefix", "");
        attributes.put("routing.http2.enabled", "true");
        attributes.put("routing.http.drop_invalid_header_fields.enabled", "false");
        attributes.put("routing.http.desync_mitigation_mode", "defensive");
        attributes.put("routing.http.preserve_host_header.enabled", "false");
        attributes.put("routing.http.x_amzn_tls_version_and_cipher_suite.enabled", "false");
        attributes.put("routing.http.xff_client_port.enabled", "false");
        attributes.put("routing.http.xff_header_processing.mode", "append");
        attributes.put("waf.fail_open.enabled", "false");
        return attributes;
    }

    public static Map<String, String> targetGroup(boolean http, String targetType) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("deregistration_delay.timeout_seconds", "300");
        attributes.put("stickiness.enabled", "false");
        attributes.put("load_balancing.cross_zone.enabled", "use_load_balancer_configuration");
        attributes.put("target_group_health.dns_failover.minimum_healthy_targets.count", "1");
        attributes.put("target_group_health.dns_failover.minimum_healthy_targets.percentage", "off");
        attributes.put("target_group_health.unhealthy_state_routing.minimum_healthy_targets.count", "1");
        attributes.put("target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage", "off");
        if (!http) {
            attributes.put("stickiness.type", "source_ip");
            attributes.put("deregistration_delay.connection_termination.enabled", "false");
            attributes.put("proxy_protocol_v2.enabled", "false");
            attributes.put("preserve_client_ip.enabled", "instance".equals(targetType) ? "true" : "false");
            attributes.put("target_health_state.unhealthy.connection_termination.enabled", "true");
            attributes.put("target_health_state.unhealthy.draining_interval_seconds", "0");
            return attributes;
        }
        attributes.put("stickiness.type", "lb_cookie");
        attributes.put("stickiness.lb_cookie.duration_seconds", "86400");
        attributes.put("stickiness.app_cookie.cookie_name", "");
        attributes.put("stickiness.app_cookie.duration_seconds", "86400");
        attributes.put("slow_start.duration_seconds", "0");
        attributes.put("load_balancing.algorithm.type", "round_robin");
        attributes.put("load_balancing.algorithm.anomaly_mitigation", "off");
        return attributes;
    }

    public static Map<String, String> listener(String protocol) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if ("TCP".equals(protocol)) {
            attributes.put("tcp.idle_timeout.seconds", "350");
        } else {
            attributes.put("routing.http.response.server.enabled", "true");
        }
        return attributes;
    }

    /** The current attributes with the changes, each of which must be one of the kind's and pass its check. */
    public static Map<String, String> modified(Map<String, String> current, Map<String, String> changes) {
        Map<String, String> result = new LinkedHashMap<>(current);
        changes.forEach((key, value) -> {
            if (!current.containsKey(key) && !key.startsWith("routing.http.response.")) {
                throw AwsException.validation("'" + key + "' is not a valid attribute");
            }
            String given = value == null ? "" : value;
            AttributeRules.check(key, given);
            result.put(key, given);
        });
        return result;
    }

    public static Map<String, String> ofLoadBalancer(List<LoadBalancerAttribute> attributes) {
        Map<String, String> map = new LinkedHashMap<>();
        attributes.forEach(attribute -> map.put(attribute.key(), attribute.value()));
        return map;
    }

    public static Map<String, String> ofTargetGroup(List<TargetGroupAttribute> attributes) {
        Map<String, String> map = new LinkedHashMap<>();
        attributes.forEach(attribute -> map.put(attribute.key(), attribute.value()));
        return map;
    }
}
