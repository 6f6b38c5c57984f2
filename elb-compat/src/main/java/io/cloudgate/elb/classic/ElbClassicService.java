package io.cloudgate.elb.classic;

import io.cloudgate.api.AwsOperationNames;
import io.cloudgate.api.AwsService;
import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.ServiceErrors;
import io.cloudgate.elb.core.ElbContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;

/**
 * Elastic Load Balancing classic (awsQuery, Version 2012-06-01) over the data-plane port. Creating the service
 * hands every stored classic balancer to the data plane again, so a gateway restart restores them.
 */
public final class ElbClassicService {
    public static final String VERSION = "2012-06-01";

    private ElbClassicService() {
    }

    /** The classic API, and the refresh that keeps its balancers' members in step with their instances. */
    public record ElbClassic(AwsService service, Runnable refreshMembers) {
    }

    public static ElbClassic create(ElbContext elb) {
        ClassicContext context = ClassicContext.of(elb);
        List<BoundOperation> operations = new ArrayList<>();
        operations.addAll(BalancerOperations.all(context));
        operations.addAll(DescribeOperations.all(context));
        operations.addAll(InstanceOperations.all(context));
        operations.addAll(AttributeOperations.all(context));
        operations.addAll(PolicyOperations.all(context));
        operations.addAll(PolicyAssignments.all(context));
        operations.addAll(PlacementOperations.all(context));
        operations.addAll(TagOperations.all(context));
        context.runtime().restoreAll();
        AwsService service = AwsService.of("elasticloadbalancing", VERSION,
                "http://elasticloadbalancing.amazonaws.com/doc/" + VERSION + "/", null, false, List.of("awsQuery"),
                operations, operationNames(operations), ServiceErrors.query());
        return new ElbClassic(service, context.runtime()::refreshAll);
    }

    /** The ARN of the account's first classic balancer with a listener terminating TLS with the certificate. */
    public static Optional<String> certificateUser(ElbContext elb, String account, String certificateArn) {
        return ClassicContext.of(elb).runtime().certificateUser(account, certificateArn);
    }

    /** AWS's operation names; the SDK's method names spell two of them in its own casing ("Lb", "Ssl"). */
    private static Set<String> operationNames(List<BoundOperation> operations) {
        Set<String> names = new TreeSet<>(AwsOperationNames.fromClient(ElasticLoadBalancingClient.class));
        names.removeAll(Set.of("CreateLbCookieStickinessPolicy", "SetLoadBalancerListenerSslCertificate"));
        operations.forEach(operation -> names.add(operation.name()));
        return names;
    }
}
