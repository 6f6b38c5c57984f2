package io.cloudgate.route53.zones;

import io.cloudgate.route53.core.Route53Ids;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.route53.model.ChangeInfo;
import software.amazon.awssdk.services.route53.model.ChangeStatus;

/**
 * Submitted changes, for GetChange: a change is INSYNC once the DNS servers answer with the zone serial that
 * carries it (serial 0: nothing to serve, in sync at once). AWS keeps changes for 90 days at least.
 */
public final class ChangeLog {
    private static final Duration KEPT = Duration.ofDays(90);

    /** @param zoneName canonical; serial 0 when the change left DNS untouched */
    public record ChangeRecord(String id, String account, String zoneId, String zoneName, long serial,
                               Instant submittedAt, String comment) {
    }

    private final TypedTable<ChangeRecord> changes;
    private final Clock clock;

    public ChangeLog(DocumentStore store, Clock clock) {
        this.changes = new TypedTable<>(store.table("route53-changes"), ChangeRecord.class);
        this.clock = clock;
    }

    public ChangeRecord record(String account, String zoneId, String zoneName, long serial, String comment) {
        ChangeRecord change = new ChangeRecord(Route53Ids.newChangeId(), account, zoneId, zoneName, serial,
                clock.instant(), comment);
        changes.putIfAbsent("changes", change.id(), change, KEPT);
        return change;
    }

    /** The account's change, if it has one of that id. */
    public Optional<ChangeRecord> get(String account, String changeId) {
        return changes.get("changes", changeId).filter(change -> change.account().equals(account));
    }

    public static ChangeInfo info(ChangeRecord change, boolean inSync) {
        return ChangeInfo.builder()
                .id("/change/" + change.id())
                .status(inSync ? ChangeStatus.INSYNC : ChangeStatus.PENDING)
                .submittedAt(change.submittedAt())
                .comment(change.comment())
                .build();
    }
}
