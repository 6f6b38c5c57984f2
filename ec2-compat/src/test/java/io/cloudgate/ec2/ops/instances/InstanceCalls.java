package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Image;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;

/** The instance operations as the service lists them, called as a client would (one request, one account). */
final class InstanceCalls {
    final Ec2Testbed bed;
    private final Map<String, BoundOperation> operations;

    InstanceCalls(Ec2Testbed bed) {
        this.bed = bed;
        this.operations = InstanceOperations.all(bed.context).stream()
                .collect(Collectors.toMap(BoundOperation::name, operation -> operation));
    }

    @SuppressWarnings("unchecked")
    <O> O call(String operation, Object request, RequestContext as) {
        return (O) operations.get(operation).handler().handle(request, as);
    }

    /** The AWS id of the public Amazon Linux 2023 image of the architecture (root device /dev/xvda). */
    String imageId(String architecture) {
        Image image = bed.context.compute().images().visibleTo(Ec2Testbed.ACCOUNT).stream()
                .filter(candidate -> candidate.architecture().equals(architecture) && candidate.isPublic()
                        && candidate.name().startsWith("al2023-ami-"))
                .findFirst().orElseThrow();
        return bed.context.ids().toAws(ResourceKind.IMAGE, image.id());
    }

    RunInstancesResponse run(RequestContext as, Consumer<RunInstancesRequest.Builder> request) {
        RunInstancesRequest.Builder builder = RunInstancesRequest.builder().imageId(imageId("x86_64"))
                .instanceType("t3.micro").minCount(1).maxCount(1);
        request.accept(builder);
        return call("RunInstances", builder.build(), as);
    }

    /** One instance of the account, launched and past its boot delay; returns its id. */
    String running(RequestContext as, Consumer<RunInstancesRequest.Builder> request) {
        String instanceId = run(as, request).instances().getFirst().instanceId();
        bed.clock.advance(Duration.ofSeconds(3));
        return instanceId;
    }

    DescribeInstancesResponse describe(RequestContext as, Consumer<DescribeInstancesRequest.Builder> request) {
        DescribeInstancesRequest.Builder builder = DescribeInstancesRequest.builder();
        request.accept(builder);
        return call("DescribeInstances", builder.build(), as);
    }

    List<Instance> instances(RequestContext as, Consumer<DescribeInstancesRequest.Builder> request) {
        return describe(as, request).reservations().stream().map(Reservation::instances).flatMap(List::stream)
                .toList();
    }

    Instance instance(RequestContext as, String instanceId) {
        return instances(as, request -> request.instanceIds(instanceId)).getFirst();
    }

    DescribeInstanceAttributeResponse attribute(RequestContext as, String instanceId, String attribute) {
        return call("DescribeInstanceAttribute", DescribeInstanceAttributeRequest.builder().instanceId(instanceId)
                .attribute(attribute).build(), as);
    }

    void modify(RequestContext as, String instanceId, Consumer<ModifyInstanceAttributeRequest.Builder> request) {
        ModifyInstanceAttributeRequest.Builder builder = ModifyInstanceAttributeRequest.builder().instanceId(instanceId);
        request.accept(builder);
        call("ModifyInstanceAttribute", builder.build(), as);
    }
}
