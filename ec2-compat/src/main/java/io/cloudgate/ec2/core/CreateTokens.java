package io.cloudgate.ec2.core;

import io.cloudgate.api.AwsException;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Duration;
import java.util.Optional;

/**
 * ClientToken idempotency for create calls that make one resource (CreateVolume, CreateLaunchTemplate; the
 * Go SDK, and so Terraform, sends a token with every such call). A retry with the same token and the same
 * parameters answers with what the first call created; other parameters are IdempotentParameterMismatch.
 * Meant for retries after a lost answer, which come one after another; tokens are kept for a day.
 */
public final class CreateTokens {
    private static final Duration KEPT = Duration.ofHours(24);

    private record Entry(int fingerprint, String resourceId) {
    }

    private final TypedTable<Entry> tokens;
    private final String operation;

    /** @param operation the create operation the tokens belong to (tokens of different operations never meet) */
    public CreateTokens(DocumentStore store, String operation) {
        this.tokens = new TypedTable<>(store.table("ec2-create-tokens"), Entry.class);
        this.operation = operation;
    }

    /**
     * The AWS id of what an earlier call with the token created, if any.
     *
     * @param fingerprint the request's parameters other than the token and DryRun (e.g. the hash code of the
     *                    request rebuilt without them)
     */
    public Optional<String> earlier(String account, String token, int fingerprint) {
        if (token == null) {
            return Optional.empty();
        }
        Optional<Entry> entry = tokens.get(partition(account), token);
        if (entry.isPresent() && entry.get().fingerprint() != fingerprint) {
            throw AwsException.badRequest("IdempotentParameterMismatch",
                    "Arguments on this idempotent request are inconsistent with arguments used in previous "
                            + "request(s).");
        }
        return entry.map(Entry::resourceId);
    }

    /** Records what the call with the token created. */
    public void remember(String account, String token, int fingerprint, String resourceId) {
        if (token != null) {
            tokens.putIfAbsent(partition(account), token, new Entry(fingerprint, resourceId), KEPT);
        }
    }

    /** The error for a token whose resource has since been deleted. */
    public static AwsException deleted() {
        return AwsException.badRequest("IdempotentParameterMismatch", "The client token you have provided is "
                + "associated with a resource that is already deleted. Please use a different client token.");
    }

    private String partition(String account) {
        return account + "/" + operation;
    }
}
