package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Machine;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.Base64;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.EnclaveOptions;

/** One attribute of an instance, as Terraform reads them after every apply. */
final class DescribeInstanceAttribute
        implements Operation<DescribeInstanceAttributeRequest, DescribeInstanceAttributeResponse> {
    private final Ec2Context context;
    private final InstanceLookup lookup;

    DescribeInstanceAttribute(Ec2Context context, InstanceLookup lookup) {
        this.context = context;
        this.lookup = lookup;
    }

    @Override
    public DescribeInstanceAttributeResponse handle(DescribeInstanceAttributeRequest request,
                                                    RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.instanceId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter instanceId");
        }
        String attribute = request.attributeAsString();
        if (attribute == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter attribute");
        }
        InstanceAttributes.requireKnown(attribute);
        InstanceView view = lookup.require(account, request.instanceId());
        DryRun.check(request.dryRun());
        DescribeInstanceAttributeResponse.Builder response = DescribeInstanceAttributeResponse.builder()
                .instanceId(view.instanceId());
        fill(response, attribute, view, account);
        return response.build();
    }

    private void fill(DescribeInstanceAttributeResponse.Builder response, String attribute, InstanceView view,
                      String account) {
        Machine machine = view.machine();
        InstanceRecord record = view.record();
        switch (attribute) {
            case "instanceType" -> response.instanceType(value(machine.machineType()));
            case "kernel" -> response.kernelId(AttributeValue.builder().build());
            case "ramdisk" -> response.ramdiskId(AttributeValue.builder().build());
            case "userData" -> response.userData(machine.userData() == null || machine.userData().length == 0
                    ? AttributeValue.builder().build()
                    : value(Base64.getEncoder().encodeToString(machine.userData())));
            case "disableApiTermination" -> response.disableApiTermination(
                    flag(record.protection().disableApiTermination()));
            case "disableApiStop" -> response.disableApiStop(flag(record.protection().disableApiStop()));
            case "instanceInitiatedShutdownBehavior" -> response.instanceInitiatedShutdownBehavior(
                    value(record.protection().shutdownBehavior()));
            case "rootDeviceName" -> response.rootDeviceName(value(machine.rootDeviceName()));
            case "blockDeviceMapping" -> response.blockDeviceMappings(view.released() ? List.of()
                    : renderer(account).blockDevices(machine));
            case "productCodes" -> response.productCodes(List.of());
            case "sourceDestCheck" -> response.sourceDestCheck(flag(record.settings().sourceDestCheck()));
            case "groupSet" -> response.groups(view.released() ? List.of()
                    : renderer(account).network().groups(machine));
            case "ebsOptimized" -> response.ebsOptimized(flag(record.settings().ebsOptimized()));
            case "sriovNetSupport" -> response.sriovNetSupport(value("simple"));
            case "enaSupport" -> response.enaSupport(flag(record.settings().enaSupport()));
            case "enclaveOptions" -> response.enclaveOptions(EnclaveOptions.builder().enabled(false).build());
            default -> throw InstanceAttributes.unknown(attribute);
        }
    }

    private InstanceRenderer renderer(String account) {
        return new InstanceRenderer(new AccountResources(context, account));
    }

    private static AttributeValue value(String value) {
        return AttributeValue.builder().value(value).build();
    }

    private static AttributeBooleanValue flag(boolean value) {
        return AttributeBooleanValue.builder().value(value).build();
    }
}
