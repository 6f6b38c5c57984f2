package io.cloudgate.elb.v2.ops.targets;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.elb.core.ElbArns;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.input.AttributeDefaults;
import io.cloudgate.elb.v2.input.HealthCheckInput;
import io.cloudgate.elb.v2.shapes.V2Shapes;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupResponse;

/** Creates an instance or ip target group with AWS's health-check defaults for its protocol. */
public final class CreateTargetGroup implements Operation<CreateTargetGroupRequest, CreateTargetGroupResponse> {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?");
    private static final Set<String> PROTOCOLS = Set.of("HTTP", "HTTPS", "TCP");

    private final V2Context context;

    public CreateTargetGroup(V2Context context) {
        this.context = context;
    }

    @Override
    public CreateTargetGroupResponse handle(CreateTargetGroupRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        String name = Validation.required(request.name(), "name");
        if (!NAME.matcher(name).matches()) {
            throw AwsException.validation("Target group name '" + name + "' can only contain characters that are "
                    + "alphanumeric characters or hyphens(-), must not begin or end with a hyphen, and must be at "
                    + "most 32 characters");
        }
        String targetType = request.targetTypeAsString() == null ? "instance" : request.targetTypeAsString();
        if (!targetType.equals("instance") && !targetType.equals("ip")) {
            throw AwsException.validation("Target type '" + targetType + "' must be 'instance' or 'ip'");
        }
        String protocol = Validation.required(request.protocolAsString(), "protocol");
        if (!PROTOCOLS.contains(protocol)) {
            throw AwsException.validation("Protocol '" + protocol + "' must be one of " + PROTOCOLS);
        }
        if (request.port() == null) {
            throw AwsException.validation("A port must be specified");
        }
        int port = Validation.range(request.port(), "port", 1, 65535, 0);
        String vpcId = Validation.required(request.vpcId(), "vpcId");
        try {
            new NetworkLookup(context.elb().ec2()).network(account, vpcId);
        } catch (AwsException e) {
            throw AwsException.validation("The VPC ID '" + vpcId + "' is not found");
        }
        HealthCheckInput input = new HealthCheckInput(request.healthCheckEnabled(),
                request.healthCheckProtocolAsString(), request.healthCheckPort(), request.healthCheckPath(),
                request.healthCheckIntervalSeconds(), request.healthCheckTimeoutSeconds(),
                request.healthyThresholdCount(), request.unhealthyThresholdCount(),
                request.matcher() == null ? null : request.matcher().httpCode());
        Map<String, String> tags = new LinkedHashMap<>();
        request.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
        String protocolVersion = protocol.equals("TCP") ? null
                : request.protocolVersion() == null ? "HTTP1" : request.protocolVersion();
        TargetGroupDoc group = context.store().locked(account, () -> {
            TargetGroupDoc existing = context.store().targetGroupByName(account, name).orElse(null);
            if (existing != null) {
                if (!existing.protocol().equals(protocol) || existing.port() != port
                        || !existing.vpcId().equals(vpcId) || !existing.targetType().equals(targetType)) {
                    throw AwsException.badRequest("DuplicateTargetGroupName",
                            "A target group with the same name '" + name + "' exists, but with different settings");
                }
                return existing;
            }
            String id = ElbArns.newId();
            TargetGroupDoc created = new TargetGroupDoc(ElbArns.arn(context.region(), account,
                    "targetgroup/" + name + "/" + id), name, id, protocol, protocolVersion, port, vpcId, targetType,
                    input.applyTo(HealthCheckInput.defaults(protocol)),
                    AttributeDefaults.targetGroup(!protocol.equals("TCP"), targetType), tags, List.of(),
                    requestContext.clock().instant());
            context.store().put(account, created);
            return created;
        });
        return CreateTargetGroupResponse.builder().targetGroups(V2Shapes.targetGroup(group, List.of())).build();
    }
}
