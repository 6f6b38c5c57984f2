package io.cloudgate.ec2.ops.keys;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.TagSpecifications;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairResponse;

/** Makes a real key pair; the private key is returned once and only the public key is kept. */
public final class CreateKeyPair implements Operation<CreateKeyPairRequest, CreateKeyPairResponse> {
    private final KeyPairDirectory directory;

    CreateKeyPair(KeyPairDirectory directory) {
        this.directory = directory;
    }

    @Override
    public CreateKeyPairResponse handle(CreateKeyPairRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String name = KeyPairRequests.keyName(request.keyName());
        String keyType = KeyPairRequests.keyType(request.keyTypeAsString());
        String format = KeyPairRequests.keyFormat(request.keyFormatAsString());
        Map<String, String> tags = TagSpecifications.of(request.tagSpecifications(), "key-pair");
        DryRun.check(request.dryRun());
        if (directory.findByName(account, name).isPresent()) {
            throw KeyPairDirectory.duplicate(name);
        }
        GeneratedKey key = KeyGeneration.generate(keyType, format, name);
        KeyPairDirectory.Ec2KeyPair saved = directory.register(account, name, key.publicKey(),
                new KeyPairDirectory.KeyDetails(keyType, key.fingerprint()), tags);
        return CreateKeyPairResponse.builder()
                .keyName(name)
                .keyPairId(saved.keyPairId())
                .keyFingerprint(key.fingerprint())
                .keyMaterial(key.keyMaterial())
                .tags(TagSpecifications.toSdk(tags))
                .build();
    }
}
