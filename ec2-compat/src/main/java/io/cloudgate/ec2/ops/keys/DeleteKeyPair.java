package io.cloudgate.ec2.ops.keys;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.DeleteKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.DeleteKeyPairResponse;

/** Deletes a key pair by name or id. As on EC2, deleting a key that does not exist succeeds. */
public final class DeleteKeyPair implements Operation<DeleteKeyPairRequest, DeleteKeyPairResponse> {
    private final KeyPairDirectory directory;

    DeleteKeyPair(KeyPairDirectory directory) {
        this.directory = directory;
    }

    @Override
    public DeleteKeyPairResponse handle(DeleteKeyPairRequest request, RequestContext context) {
        String account = context.principal().accountId();
        if (request.keyName() == null && request.keyPairId() == null) {
            throw KeyPairRequests.missing("KeyName or KeyPairId");
        }
        DryRun.check(request.dryRun());
        Optional<KeyPairDirectory.Ec2KeyPair> key = request.keyPairId() != null
                ? directory.findById(account, request.keyPairId())
                : directory.findByName(account, request.keyName());
        key.ifPresent(found -> directory.delete(account, found));
        return DeleteKeyPairResponse.builder()
                .returnValue(true)
                .keyPairId(key.map(KeyPairDirectory.Ec2KeyPair::keyPairId).orElse(null))
                .build();
    }
}
