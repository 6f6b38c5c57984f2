package io.cloudgate.ec2.ops.keys;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.TagSpecifications;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairResponse;

/** Registers a public key the caller made; the key must be a valid RSA or ED25519 public key. */
public final class ImportKeyPair implements Operation<ImportKeyPairRequest, ImportKeyPairResponse> {
    private final KeyPairDirectory directory;

    ImportKeyPair(KeyPairDirectory directory) {
        this.directory = directory;
    }

    @Override
    public ImportKeyPairResponse handle(ImportKeyPairRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String name = KeyPairRequests.keyName(request.keyName());
        if (request.publicKeyMaterial() == null) {
            throw KeyPairRequests.missing("PublicKeyMaterial");
        }
        ImportedKeys.ImportedKey key = ImportedKeys.parse(request.publicKeyMaterial().asByteArray());
        Map<String, String> tags = TagSpecifications.of(request.tagSpecifications(), "key-pair");
        DryRun.check(request.dryRun());
        if (directory.findByName(account, name).isPresent()) {
            throw KeyPairDirectory.duplicate(name);
        }
        KeyPairDirectory.Ec2KeyPair saved = directory.register(account, name, key.publicKey(),
                new KeyPairDirectory.KeyDetails(key.keyType(), key.fingerprint()), tags);
        return ImportKeyPairResponse.builder()
                .keyName(name)
                .keyPairId(saved.keyPairId())
                .keyFingerprint(key.fingerprint())
                .tags(TagSpecifications.toSdk(tags))
                .build();
    }
}
