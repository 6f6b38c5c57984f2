package io.cloudgate.ec2;

import io.cloudgate.api.AwsOperationNames;
import io.cloudgate.api.AwsService;
import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.Operation;
import io.cloudgate.api.ServiceErrors;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.account.AccountOperations;
import io.cloudgate.ec2.ops.addresses.AddressOperations;
import io.cloudgate.ec2.ops.images.ImageOperations;
import io.cloudgate.ec2.ops.instances.InstanceOperations;
import io.cloudgate.ec2.ops.keys.KeyPairOperations;
import io.cloudgate.ec2.ops.network.NetworkOperations;
import io.cloudgate.ec2.ops.tags.TagOperations;
import io.cloudgate.ec2.ops.templates.LaunchTemplateOperations;
import io.cloudgate.ec2.ops.volumes.VolumeOperations;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** Amazon EC2 (ec2Query) over the compute port. Each area lists its own operations. */
public final class Ec2Service {
    private Ec2Service() {
    }

    public static AwsService create(Ec2Context context) {
        List<BoundOperation> operations = new ArrayList<>();
        operations.addAll(NetworkOperations.all(context));
        operations.addAll(VolumeOperations.all(context));
        operations.addAll(AddressOperations.all(context));
        operations.addAll(LaunchTemplateOperations.all(context));
        operations.addAll(InstanceOperations.all(context));
        operations.addAll(ImageOperations.all(context));
        operations.addAll(KeyPairOperations.all(context));
        operations.addAll(AccountOperations.all(context));
        operations.addAll(TagOperations.all(context));
        return AwsService.of("ec2", "2016-11-15", "http://ec2.amazonaws.com/doc/2016-11-15/", null, false,
                List.of("ec2Query"), operations.stream().map(Ec2Service::mappingComputeErrors).toList(),
                AwsOperationNames.fromClient(Ec2Client.class), ServiceErrors.ec2());
    }

    /** Operations map the failures they expect; whatever else the compute port throws still gets an EC2 code. */
    private static BoundOperation mappingComputeErrors(BoundOperation operation) {
        Operation<Object, Object> handler = operation.handler();
        return new BoundOperation(operation.schema(), (request, context) -> {
            try {
                return handler.handle(request, context);
            } catch (ComputeException e) {
                throw ComputeErrors.toAws(e);
            }
        });
    }
}
