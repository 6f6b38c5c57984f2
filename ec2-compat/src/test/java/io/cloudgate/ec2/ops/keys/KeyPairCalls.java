package io.cloudgate.ec2.ops.keys;

import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.DeleteKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.DeleteKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsResponse;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/** The key pair operations over one testbed, called as a client would. */
final class KeyPairCalls {
    final Ec2Testbed bed;
    private final KeyPairDirectory directory;

    KeyPairCalls(Ec2Testbed bed) {
        this.bed = bed;
        this.directory = new KeyPairDirectory(bed.context);
    }

    CreateKeyPairResponse create(RequestContext as, Consumer<CreateKeyPairRequest.Builder> request) {
        CreateKeyPairRequest.Builder builder = CreateKeyPairRequest.builder();
        request.accept(builder);
        return new CreateKeyPair(directory).handle(builder.build(), as);
    }

    ImportKeyPairResponse importKey(RequestContext as, String name, String publicKeyText) {
        return importKey(as, name, publicKeyText.getBytes(StandardCharsets.UTF_8));
    }

    ImportKeyPairResponse importKey(RequestContext as, String name, byte[] material) {
        return new ImportKeyPair(directory).handle(ImportKeyPairRequest.builder().keyName(name)
                .publicKeyMaterial(SdkBytes.fromByteArray(material)).build(), as);
    }

    DescribeKeyPairsResponse describe(RequestContext as, Consumer<DescribeKeyPairsRequest.Builder> request) {
        DescribeKeyPairsRequest.Builder builder = DescribeKeyPairsRequest.builder();
        request.accept(builder);
        return new DescribeKeyPairs(bed.context, directory).handle(builder.build(), as);
    }

    KeyPairInfo describeOne(RequestContext as, String name) {
        return describe(as, request -> request.keyNames(name).includePublicKey(true)).keyPairs().get(0);
    }

    DeleteKeyPairResponse delete(RequestContext as, Consumer<DeleteKeyPairRequest.Builder> request) {
        DeleteKeyPairRequest.Builder builder = DeleteKeyPairRequest.builder();
        request.accept(builder);
        return new DeleteKeyPair(directory).handle(builder.build(), as);
    }
}
