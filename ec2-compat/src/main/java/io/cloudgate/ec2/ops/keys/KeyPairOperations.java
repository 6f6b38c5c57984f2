package io.cloudgate.ec2.ops.keys;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.DeleteKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.DeleteKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsResponse;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairResponse;

/** The key pair operations. */
public final class KeyPairOperations {
    private KeyPairOperations() {
    }

    public static List<BoundOperation> all(Ec2Context context) {
        KeyPairDirectory directory = new KeyPairDirectory(context);
        return List.of(
                BoundOperation.of(operation("CreateKeyPair", CreateKeyPairRequest::builder,
                        CreateKeyPairResponse::builder), new CreateKeyPair(directory)),
                BoundOperation.of(operation("ImportKeyPair", ImportKeyPairRequest::builder,
                        ImportKeyPairResponse::builder), new ImportKeyPair(directory)),
                BoundOperation.of(operation("DescribeKeyPairs", DescribeKeyPairsRequest::builder,
                        DescribeKeyPairsResponse::builder), new DescribeKeyPairs(context, directory)),
                BoundOperation.of(operation("DeleteKeyPair", DeleteKeyPairRequest::builder,
                        DeleteKeyPairResponse::builder), new DeleteKeyPair(directory)));
    }
}
