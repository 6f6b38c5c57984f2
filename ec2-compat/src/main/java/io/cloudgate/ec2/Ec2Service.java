package io.cloudgate.ec2;

import io.cloudgate.api.AwsOperationNames;
import io.cloudgate.api.AwsService;
import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.ServiceErrors;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** Amazon EC2 (ec2Query) over the compute port. Each area lists its own operations. */
public final class Ec2Service {
    private Ec2Service() {
    }

    public static AwsService create(Ec2Context context) {
        List<BoundOperation> operations = new ArrayList<>();
        return AwsService.of("ec2", "2016-11-15", "http://ec2.amazonaws.com/doc/2016-11-15/", null, false,
                List.of("ec2Query"), operations, AwsOperationNames.fromClient(Ec2Client.class), ServiceErrors.ec2());
    }
}
