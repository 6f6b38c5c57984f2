package io.cloudgate.elb.classic;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.classic.ClassicBalancer.HealthCheckDoc;
import io.cloudgate.elb.core.InstanceMembers.InstanceTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancing.model.ConfigureHealthCheckRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.ConfigureHealthCheckResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.DeregisterInstancesFromLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DeregisterInstancesFromLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeInstanceHealthRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeInstanceHealthResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.Instance;
import software.amazon.awssdk.services.elasticloadbalancing.model.RegisterInstancesWithLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.RegisterInstancesWithLoadBalancerResponse;

/** Registering instances, their health, and the balancer's health check. */
final class InstanceOperations {
    private final ClassicContext context;

    private InstanceOperations(ClassicContext context) {
        this.context = context;
    }

    static List<BoundOperation> all(ClassicContext context) {
        InstanceOperations ops = new InstanceOperations(context);
        return List.of(
                BoundOperation.of(operation("RegisterInstancesWithLoadBalancer",
                        RegisterInstancesWithLoadBalancerRequest::builder,
                        RegisterInstancesWithLoadBalancerResponse::builder), ops::register),
                BoundOperation.of(operation("DeregisterInstancesFromLoadBalancer",
                        DeregisterInstancesFromLoadBalancerRequest::builder,
                        DeregisterInstancesFromLoadBalancerResponse::builder), ops::deregister),
                BoundOperation.of(operation("DescribeInstanceHealth", DescribeInstanceHealthRequest::builder,
                        DescribeInstanceHealthResponse::builder), ops::health),
                BoundOperation.of(operation("ConfigureHealthCheck", ConfigureHealthCheckRequest::builder,
                        ConfigureHealthCheckResponse::builder), ops::configureHealthCheck));
    }

    private RegisterInstancesWithLoadBalancerResponse register(RegisterInstancesWithLoadBalancerRequest request,
                                                               RequestContext ctx) {
        String account = ctx.principal().accountId();
        List<String> ids = ids(request.instances());
        for (String id : ids) {
            context.runtime().instances().find(account, id).orElseThrow(() -> ClassicErrors.invalidInstance(id));
        }
        ClassicBalancer changed = context.change(account, request.loadBalancerName(), balancer -> {
            LinkedHashSet<String> registered = new LinkedHashSet<>(balancer.instances());
            registered.addAll(ids);
            return balancer.withInstances(List.copyOf(registered));
        });
        return RegisterInstancesWithLoadBalancerResponse.builder().instances(instances(changed)).build();
    }

    /** Every instance must be registered with the balancer, else InvalidInstance and nothing changes. */
    private DeregisterInstancesFromLoadBalancerResponse deregister(DeregisterInstancesFromLoadBalancerRequest request,
                                                                   RequestContext ctx) {
        List<String> ids = ids(request.instances());
        ClassicBalancer changed = context.change(ctx.principal().accountId(), request.loadBalancerName(),
                balancer -> {
                    for (String id : ids) {
                        if (!balancer.instances().contains(id)) {
                            throw ClassicErrors.invalidInstance(id);
                        }
                    }
                    return balancer.withInstances(balancer.instances().stream().filter(id -> !ids.contains(id))
                            .toList());
                });
        return DeregisterInstancesFromLoadBalancerResponse.builder().instances(instances(changed)).build();
    }

    private DescribeInstanceHealthResponse health(DescribeInstanceHealthRequest request, RequestContext ctx) {
        String account = ctx.principal().accountId();
        ClassicBalancer balancer = context.store().require(account, request.loadBalancerName());
        context.runtime().refresh(account, balancer);
        List<String> asked = request.instances().isEmpty() ? balancer.instances() : ids(request.instances());
        Map<String, InstanceTarget> targets = new LinkedHashMap<>();
        for (String id : asked) {
            var target = context.runtime().instances().find(account, id);
            if (target.isEmpty() && !request.instances().isEmpty()) {
                throw ClassicErrors.invalidInstance(id);
            }
            target.ifPresent(t -> targets.put(id, t));
        }
        return DescribeInstanceHealthResponse.builder()
                .instanceStates(InstanceHealthView.states(balancer, asked, targets,
                        context.runtime().health(balancer)))
                .build();
    }

    private ConfigureHealthCheckResponse configureHealthCheck(ConfigureHealthCheckRequest request,
                                                              RequestContext ctx) {
        var check = request.healthCheck();
        if (check == null) {
            throw ClassicErrors.validation("1 validation error detected: Value null at 'healthCheck' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        HealthCheckDoc validated = HealthTarget.validate(check.target(), check.interval(), check.timeout(),
                check.unhealthyThreshold(), check.healthyThreshold());
        context.change(ctx.principal().accountId(), request.loadBalancerName(),
                balancer -> balancer.withHealthCheck(validated));
        return ConfigureHealthCheckResponse.builder().healthCheck(DescriptionView.healthCheck(validated)).build();
    }

    private static List<String> ids(List<Instance> instances) {
        if (instances.isEmpty()) {
            throw ClassicErrors.validation("Instances cannot be empty");
        }
        List<String> ids = new ArrayList<>();
        for (Instance instance : instances) {
            if (instance == null || instance.instanceId() == null) {
                throw ClassicErrors.validation("Every instance needs an InstanceId");
            }
            if (!ids.contains(instance.instanceId())) {
                ids.add(instance.instanceId());
            }
        }
        return ids;
    }

    private static List<Instance> instances(ClassicBalancer balancer) {
        return balancer.instances().stream().map(id -> Instance.builder().instanceId(id).build()).toList();
    }
}
