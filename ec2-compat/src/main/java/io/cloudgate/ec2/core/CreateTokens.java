package io.cloudgate.ec2.core;

import io.cloudgate.api.AwsException;
import io.cloudgate.ec2.core.VersionedTable.Versioned;
import io.cloudgate.store.DocumentStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * ClientToken idempotency for create calls that make one resource (CreateVolume, CreateLaunchTemplate; the
 * Go SDK, and so Terraform, sends a token with every such call). The first call with a token claims it with a
 * conditional write before creating anything, so of two simultaneous first calls only one creates; the other
 * waits for it and answers with the same resource. A retry with other parameters is
 * IdempotentParameterMismatch. Tokens are kept for a day; a claim whose call died is taken over once stale.
 */
public final class CreateTokens {
    private static final Duration KEPT = Duration.ofHours(24);
    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration STALE = Duration.ofMinutes(2);

    /** A claimed token; resourceId is null while the claiming call is still creating. */
    private record Entry(int fingerprint, String resourceId, long claimedAtMillis) {
    }

    private final VersionedTable<Entry> tokens;
    private final Clock clock;
    private final String operation;

    /** @param operation the create operation the tokens belong to (tokens of different operations never meet) */
    public CreateTokens(DocumentStore store, Clock clock, String operation) {
        this.tokens = new VersionedTable<>(store.table("ec2-create-tokens"), Entry.class);
        this.clock = clock;
        this.operation = operation;
    }

    /**
     * Claims the token for this call. Empty when there is no token or this call now owns it: create, then call
     * {@link #remember} (or {@link #release} when creating failed). Otherwise the AWS id of what the earlier call
     * with the token created, waiting briefly for a call still creating.
     *
     * @param fingerprint the request's parameters other than the token and DryRun (e.g. the hash code of the
     *                    request rebuilt without them)
     */
    public Optional<String> earlier(String account, String token, int fingerprint) {
        if (token == null) {
            return Optional.empty();
        }
        Entry mine = new Entry(fingerprint, null, clock.millis());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            if (tokens.putIfAbsent(partition(account), token, mine, KEPT)) {
                return Optional.empty();
            }
            Optional<Versioned<Entry>> current = tokens.getVersioned(partition(account), token);
            if (current.isEmpty()) {
                continue;
            }
            Entry entry = current.get().value();
            if (entry.fingerprint() != fingerprint) {
                throw AwsException.badRequest("IdempotentParameterMismatch",
                        "Arguments on this idempotent request are inconsistent with arguments used in previous "
                                + "request(s).");
            }
            if (entry.resourceId() != null) {
                return Optional.of(entry.resourceId());
            }
            if (clock.millis() - entry.claimedAtMillis() > STALE.toMillis()
                    && tokens.replace(partition(account), token, current.get().version(), mine)) {
                return Optional.empty();
            }
            if (System.nanoTime() > deadline) {
                throw new AwsException(503, "Unavailable", "The service is unavailable. Please try again shortly.");
            }
            pause();
        }
    }

    /** Records what the call that claimed the token created. */
    public void remember(String account, String token, int fingerprint, String resourceId) {
        if (token != null) {
            tokens.update(partition(account), token, current -> new Entry(fingerprint, resourceId,
                    current == null ? clock.millis() : current.claimedAtMillis()));
        }
    }

    /** Gives the token back after a failed create, so a retry (or a waiting call) may try again. */
    public void release(String account, String token) {
        if (token != null) {
            tokens.delete(partition(account), token);
        }
    }

    /** The error for a token whose resource has since been deleted. */
    public static AwsException deleted() {
        return AwsException.badRequest("IdempotentParameterMismatch", "The client token you have provided is "
                + "associated with a resource that is already deleted. Please use a different client token.");
    }

    private static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsException(503, "Unavailable", "The service is unavailable. Please try again shortly.");
        }
    }

    private String partition(String account) {
        return account + "/" + operation;
    }
}
