package io.cloudgate.ec2.ops.tags;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.Compute;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.Optional;

/**
 * The resources CreateTags and DeleteTags act on: each id must be well formed and name a resource of the
 * caller's account. Kinds the compute port knows are looked up there (so another account's id is NotFound
 * with that kind's code); EC2-only kinds through the check their area registered with the tag store.
 */
final class TagTargets {
    private final Ec2Context context;

    TagTargets(Ec2Context context) {
        this.context = context;
    }

    /** Refuses a malformed id (InvalidID) or one that names nothing of the account (the kind's NotFound). */
    void requireExists(String account, String resourceId) {
        ResourceKind kind = ResourceKind.ofId(resourceId);
        if (kind == null || !kind.isWellFormed(resourceId)) {
            throw AwsException.badRequest("InvalidID", "The ID '" + resourceId + "' is not valid");
        }
        if (!exists(account, kind, resourceId)) {
            throw kind.notFound(resourceId);
        }
    }

    private boolean exists(String account, ResourceKind kind, String resourceId) {
        Compute compute = context.compute();
        return switch (kind) {
            case INSTANCE -> backend(kind, resourceId).flatMap(id -> compute.machines().find(account, id)).isPresent();
            case IMAGE -> backend(kind, resourceId).flatMap(id -> compute.images().find(account, id)).isPresent();
            case VPC -> backend(kind, resourceId).flatMap(id -> compute.networks().find(account, id)).isPresent();
            case SUBNET -> backend(kind, resourceId).flatMap(id -> compute.networks().findSubnet(account, id))
                    .isPresent();
            case SECURITY_GROUP -> backend(kind, resourceId)
                    .flatMap(id -> compute.securityGroups().find(account, id)).isPresent();
            case VOLUME -> backend(kind, resourceId).flatMap(id -> compute.volumes().find(account, id)).isPresent();
            case SNAPSHOT -> backend(kind, resourceId).flatMap(id -> compute.volumes().findSnapshot(account, id))
                    .isPresent();
            case ADDRESS -> backend(kind, resourceId).flatMap(id -> compute.addresses().find(account, id)).isPresent();
            case KEY_PAIR -> backend(kind, resourceId)
                    .map(id -> compute.keyPairs().list(account).stream().anyMatch(key -> key.id().equals(id)))
                    .orElse(false);
            default -> context.tags().existence(kind).map(check -> check.exists(account, resourceId)).orElse(true);
        };
    }

    private Optional<String> backend(ResourceKind kind, String resourceId) {
        return context.ids().toBackend(kind, resourceId);
    }
}
