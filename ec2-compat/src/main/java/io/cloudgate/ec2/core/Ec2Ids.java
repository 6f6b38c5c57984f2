package io.cloudgate.ec2.core;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Maps backend ids to AWS-shaped ids (prefix, dash, 17 hex digits) and back. A backend resource gets its
 * AWS id the first time the gateway sees it, whether or not the gateway created it; raw backend ids never
 * reach a client. Mappings are global (backend ids are unique across accounts); ownership is checked by
 * the compute port, which only finds an account's own resources. A mapping never changes once written, so
 * reads are remembered for a while (listings map thousands of ids per request).
 */
public final class Ec2Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration REMEMBERED = Duration.ofMinutes(10);

    private final TypedTable<Mapping> byBackend;
    private final TypedTable<Mapping> byAws;

    /** One mapping, stored under both ids. */
    public record Mapping(ResourceKind kind, String backendId, String awsId) {
    }

    public Ec2Ids(DocumentStore store) {
        this.byBackend = TypedTable.cached(store.table("ec2-ids-by-backend"), Mapping.class, REMEMBERED);
        this.byAws = TypedTable.cached(store.table("ec2-ids-by-aws"), Mapping.class, REMEMBERED);
    }

    /** The AWS id of a backend resource, minted on first sight. Concurrent callers agree on one id. */
    public String toAws(ResourceKind kind, String backendId) {
        Optional<Mapping> known = byBackend.get(backendId, kind.name());
        if (known.isPresent()) {
            return known.get().awsId();
        }
        for (int attempt = 0; ; attempt++) {
            String awsId = attempt == 0 ? derive(kind, backendId) : mint(kind);
            Mapping candidate = new Mapping(kind, backendId, awsId);
            if (!byAws.putIfAbsent(candidate.awsId(), kind.name(), candidate, null)) {
                continue;
            }
            if (byBackend.putIfAbsent(backendId, kind.name(), candidate, null)) {
                return candidate.awsId();
            }
            byAws.delete(candidate.awsId(), kind.name());
            return byBackend.get(backendId, kind.name()).orElseThrow().awsId();
        }
    }

    /** The backend id behind an AWS id of the given kind; empty when unknown. Malformed ids are refused. */
    public Optional<String> toBackend(ResourceKind kind, String awsId) {
        if (!kind.isWellFormed(awsId)) {
            throw kind.malformed(awsId);
        }
        return byAws.get(awsId, kind.name()).map(Mapping::backendId);
    }

    /** The backend id behind an AWS id, or the kind's NotFound error. */
    public String requireBackend(ResourceKind kind, String awsId) {
        return toBackend(kind, awsId).orElseThrow(() -> kind.notFound(awsId));
    }

    /**
     * The first id tried for a backend resource: a hash of its backend id, so a backend whose ids are stable
     * (the embedded cloud's public catalog) gets the same AWS ids from every fresh store. A clash with another
     * resource's id falls back to a random one.
     */
    private static String derive(ResourceKind kind, String backendId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind.name() + ":" + backendId).getBytes(StandardCharsets.UTF_8));
            return kind.prefix() + "-" + HexFormat.of().formatHex(digest).substring(0, 17);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }

    /** A fresh id for things only the EC2 layer has (reservations, launch templates, rule ids). */
    public static String mint(ResourceKind kind) {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return kind.prefix() + "-" + HexFormat.of().formatHex(bytes).substring(0, 17);
    }

    /** Refuses an id that is not of the kind, with AWS's malformed-id code. */
    public static String requireWellFormed(ResourceKind kind, String awsId) {
        if (!kind.isWellFormed(awsId)) {
            throw kind.malformed(awsId);
        }
        return awsId;
    }
}
