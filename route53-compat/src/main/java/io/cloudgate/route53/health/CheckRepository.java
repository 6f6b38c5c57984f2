package io.cloudgate.route53.health;

import io.cloudgate.store.Document;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Health checks in the store: one partition per account (ids in key order, which is the order AWS's list uses
 * here), the caller references each account has used, and an index of every check for the checker.
 */
final class CheckRepository {
    private static final String INDEX_PARTITION = "all";
    private static final int PAGE = 500;

    private final Table checks;
    private final Table references;
    private final Table index;

    CheckRepository(DocumentStore store) {
        this.checks = store.table("route53-health-checks");
        this.references = store.table("route53-health-check-references");
        this.index = store.table("route53-health-check-index");
    }

    Optional<StoredCheck> find(String account, String id) {
        return checks.get(account, id).map(document -> toCheck(account, document));
    }

    StoredCheck require(String account, String id) {
        return find(account, id).orElseThrow(() -> HealthCheckErrors.noSuchHealthCheck(id));
    }

    /**
     * Claims the caller reference for a new id; returns the id it already belongs to when it was used before
     * (the check may since have been deleted).
     */
    Optional<String> claimReference(String account, String callerReference, String id) {
        if (references.putIfAbsent(account, callerReference, JsonCodec.write(new Reference(id)), null)) {
            return Optional.empty();
        }
        return references.get(account, callerReference)
                .map(document -> JsonCodec.read(document.json(), Reference.class).id());
    }

    StoredCheck insert(String account, String id, String callerReference, CheckConfig config, Instant now) {
        StoredCheck.Body body = new StoredCheck.Body(callerReference, config, now);
        if (!checks.putIfAbsent(account, id, JsonCodec.write(body), null)) {
            throw new IllegalStateException("Health check id collision: " + id);
        }
        index.put(INDEX_PARTITION, indexKey(account, id), "{}");
        return new StoredCheck(account, id, callerReference, config, now, 1);
    }

    /** Writes the new configuration if the check is still at {@code expectedVersion}; empty when it is not. */
    Optional<StoredCheck> replace(StoredCheck current, CheckConfig config) {
        StoredCheck.Body body = new StoredCheck.Body(current.callerReference(), config, current.createdAt());
        if (!checks.replace(current.account(), current.id(), current.version(), JsonCodec.write(body))) {
            return Optional.empty();
        }
        return Optional.of(new StoredCheck(current.account(), current.id(), current.callerReference(), config,
                current.createdAt(), current.version() + 1));
    }

    boolean delete(String account, String id) {
        index.delete(INDEX_PARTITION, indexKey(account, id));
        return checks.delete(account, id);
    }

    /** Up to {@code limit} checks of the account with id >= {@code fromId} (null: from the first). */
    List<StoredCheck> page(String account, String fromId, int limit) {
        return checks.scan(account, fromId, limit).stream().map(document -> toCheck(account, document)).toList();
    }

    int count(String account) {
        int count = 0;
        String from = null;
        while (true) {
            List<Document> page = checks.scan(account, from, PAGE);
            count += page.size();
            if (page.size() < PAGE) {
                return count;
            }
            from = page.getLast().key() + '\u0000';
        }
    }

    /** Every check of every account, for the checker. */
    List<CheckKey> all() {
        List<CheckKey> keys = new ArrayList<>();
        String from = null;
        while (true) {
            List<Document> page = index.scan(INDEX_PARTITION, from, PAGE);
            for (Document document : page) {
                keys.add(CheckKey.parse(document.key()));
            }
            if (page.size() < PAGE) {
                return keys;
            }
            from = page.getLast().key() + '\u0000';
        }
    }

    private static String indexKey(String account, String id) {
        return new CheckKey(account, id).toString();
    }

    private static StoredCheck toCheck(String account, Document document) {
        StoredCheck.Body body = JsonCodec.read(document.json(), StoredCheck.Body.class);
        return new StoredCheck(account, document.key(), body.callerReference(), body.config(), body.createdAt(),
                document.version());
    }

    private record Reference(String id) {
    }
}
