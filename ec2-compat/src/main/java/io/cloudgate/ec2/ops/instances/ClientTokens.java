package io.cloudgate.ec2.ops.instances;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudgate.api.AwsException;
import io.cloudgate.store.Document;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.Table;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * RunInstances idempotency. The first request with a token claims it with a conditional write; a retry
 * finds the claim and answers with the same reservation instead of launching again. A claim left behind
 * by a gateway that died mid-launch is taken over once it is stale.
 */
final class ClientTokens {
    /** How long a retry waits for the first request with its token to finish launching. */
    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(25);
    private static final Duration STALE = Duration.ofMinutes(2);
    /** AWS keeps a token at least 24 hours after its instances are terminated. */
    private static final Duration AFTER_INSTANCES = Duration.ofHours(24);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * A claimed token.
     *
     * @param fingerprint the request's parameters (other than the token), to detect a reuse with others
     * @param instanceIds the instances launched, once complete
     */
    record Claim(String reservationId, int fingerprint, List<String> instanceIds, boolean complete,
                 long claimedAtMillis) {
    }

    private final Table table;
    private final Clock clock;

    ClientTokens(DocumentStore store, Clock clock) {
        this.table = store.table("ec2-client-tokens");
        this.clock = clock;
    }

    /**
     * Claims the token for a new reservation. Empty when this request owns it now (launch, then call
     * {@link #complete} or {@link #release}); otherwise the finished claim of the earlier request.
     */
    Optional<Claim> claim(String account, String token, int fingerprint, String reservationId) {
        Claim mine = new Claim(reservationId, fingerprint, List.of(), false, clock.millis());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            if (table.putIfAbsent(account, token, write(mine), null)) {
                return Optional.empty();
            }
            Optional<Document> current = table.get(account, token);
            if (current.isEmpty()) {
                continue;
            }
            Claim existing = read(current.get());
            if (existing.fingerprint() != fingerprint) {
                throw AwsException.badRequest("IdempotentParameterMismatch",
                        "Arguments on this idempotent request are inconsistent with arguments used in previous "
                                + "request(s).");
            }
            if (existing.complete()) {
                return Optional.of(existing);
            }
            if (clock.millis() - existing.claimedAtMillis() > STALE.toMillis()
                    && table.replace(account, token, current.get().version(), write(mine))) {
                return Optional.empty();
            }
            if (System.nanoTime() > deadline) {
                throw new AwsException(503, "Unavailable", "The service is unavailable. Please try again shortly.");
            }
            pause();
        }
    }

    void complete(String account, String token, String reservationId, int fingerprint, List<String> instanceIds) {
        Claim done = new Claim(reservationId, fingerprint, List.copyOf(instanceIds), true, clock.millis());
        table.put(account, token, write(done));
    }

    /** Gives the token back after a failed launch, so a retry may try again. */
    void release(String account, String token) {
        table.delete(account, token);
    }

    /** The token's instances are gone: keep the token for the period AWS promises, then let it expire. */
    void expireSoon(String account, String token) {
        table.get(account, token).ifPresent(document -> {
            table.delete(account, token);
            table.putIfAbsent(account, token, document.json(), AFTER_INSTANCES);
        });
    }

    private static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsException(503, "Unavailable", "The service is unavailable. Please try again shortly.");
        }
    }

    private static Claim read(Document document) {
        try {
            return MAPPER.readValue(document.json(), Claim.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Corrupt client token document " + document.key(), e);
        }
    }

    private static String write(Claim claim) {
        try {
            return MAPPER.writeValueAsString(claim);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
