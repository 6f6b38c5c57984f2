package io.cloudgate.route53.zones;

import io.cloudgate.api.AwsException;
import io.cloudgate.dns.DnsException;
import io.cloudgate.route53.core.Route53Errors;
import io.cloudgate.route53.core.Route53Ids;
import io.cloudgate.route53.records.StoredRecordSet;
import io.cloudgate.route53.serving.ZoneServing;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * Hosted zones and their record sets, kept in step with the DNS port. Everything that touches a zone name runs
 * under that name's lock, DNS first and store second, so that a DNS failure leaves the stored zone as it was.
 * At most one zone per name is served; when it is deleted the oldest other zone of that name is served instead.
 */
public final class HostedZones {
    private static final System.Logger LOG = System.getLogger(HostedZones.class.getName());
    static final long SOA_TTL = 900;
    static final long NS_TTL = 172800;

    /** A new zone and the change that created it. */
    public record Created(ZoneRecord zone, ChangeLog.ChangeRecord change) {
    }

    private final ZoneStore store;
    private final ChangeLog changes;
    private final ZoneServing serving;
    private final List<String> nameServers;
    private final Clock clock;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public HostedZones(ZoneStore store, ChangeLog changes, ZoneServing serving, List<String> nameServers,
                       Clock clock) {
        this.store = store;
        this.changes = changes;
        this.serving = serving;
        this.nameServers = List.copyOf(nameServers);
        this.clock = clock;
    }

    /** The account's zone; another account's or an unknown id is NoSuchHostedZone. */
    public ZoneRecord get(String account, String zoneId) {
        return store.get(account, Route53Ids.bare(zoneId))
                .orElseThrow(() -> Route53Errors.noSuchHostedZone(Route53Ids.bare(zoneId)));
    }

    public List<ZoneRecord> all(String account) {
        return store.all(account);
    }

    public List<StoredRecordSet> recordSets(String zoneId) {
        return store.recordSets(zoneId);
    }

    public List<String> nameServers() {
        return nameServers;
    }

    public Created create(String account, String name, String callerReference, String comment,
                          List<ZoneRecord.Vpc> vpcs) {
        String id = Route53Ids.newZoneId();
        if (!store.claimCallerReference(account, callerReference, id)) {
            throw AwsException.conflict("HostedZoneAlreadyExists", "A hosted zone has already been created with "
                    + "the specified caller reference.");
        }
        ZoneRecord zone = new ZoneRecord(id, account, name, callerReference, comment, !vpcs.isEmpty(), vpcs,
                nameServers, clock.instant());
        List<StoredRecordSet> sets = List.of(
                simple(name, "NS", NS_TTL, nameServers),
                simple(name, "SOA", SOA_TTL, List.of(nameServers.getFirst() + " hostmaster."
                        + nameServers.getFirst().substring(nameServers.getFirst().indexOf('.') + 1)
                        + " 1 7200 900 1209600 86400")));
        return locked(name, () -> {
            long serial = 0;
            if (store.claimServing(zone)) {
                try {
                    serial = serving.start(account, id, name, sets);
                } catch (DnsException e) {
                    store.releaseServing(name);
                    throw Route53Errors.fromDns(e);
                }
            }
            store.insert(zone, sets);
            return new Created(zone, changes.record(account, id, name, serial, null));
        });
    }

    /** Applies a batch (which validates and returns the zone's new record sets) to the DNS port and the store. */
    public ChangeLog.ChangeRecord change(String account, String zoneId, String comment,
                                         UnaryOperator<List<StoredRecordSet>> batch) {
        ZoneRecord zone = get(account, zoneId);
        return locked(zone.name(), () -> {
            List<StoredRecordSet> before = store.recordSets(zone.id());
            List<StoredRecordSet> after = batch.apply(before);
            long serial = 0;
            if (isServed(zone)) {
                try {
                    serial = serving.update(account, zone.id(), zone.name(), before, after);
                } catch (DnsException e) {
                    throw Route53Errors.fromDns(e);
                }
            }
            store.putRecordSets(zone.id(), after);
            return changes.record(account, zone.id(), zone.name(), serial, comment);
        });
    }

    public ZoneRecord updateComment(String account, String zoneId, String comment) {
        ZoneRecord zone = get(account, zoneId);
        return locked(zone.name(), () -> {
            ZoneRecord updated = zone.withComment(comment);
            store.update(updated);
            return updated;
        });
    }

    public ChangeLog.ChangeRecord delete(String account, String zoneId) {
        ZoneRecord zone = get(account, zoneId);
        return locked(zone.name(), () -> {
            if (store.recordSets(zone.id()).stream().anyMatch(set -> !set.isApexRequired(zone.name()))) {
                throw AwsException.badRequest("HostedZoneNotEmpty", "The specified hosted zone contains "
                        + "non-required resource record sets and so cannot be deleted.");
            }
            if (isServed(zone)) {
                try {
                    serving.stop(zone.name());
                } catch (DnsException e) {
                    throw Route53Errors.fromDns(e);
                }
                store.releaseServing(zone.name());
            }
            store.remove(zone);
            promoteNext(zone.name());
            return changes.record(account, zone.id(), zone.name(), 0, null);
        });
    }

    /** Whether the DNS servers answer with what the change made. */
    public boolean inSync(ChangeLog.ChangeRecord change) {
        if (change.serial() == 0) {
            return true;
        }
        boolean stillServed = store.servedZone(change.zoneName())
                .filter(ref -> ref.zoneId().equals(change.zoneId())).isPresent();
        return !stillServed || serving.serves(change.zoneName(), change.serial());
    }

    /** Whether any of the account's record sets uses the health check. */
    public boolean usesHealthCheck(String account, String healthCheckId) {
        return store.all(account).stream().anyMatch(zone -> store.recordSets(zone.id()).stream()
                .anyMatch(set -> healthCheckId.equals(set.healthCheckId())));
    }

    /** Serves again the zones whose answers may depend on the health check. */
    public void healthChanged(String account, String healthCheckId) {
        for (ZoneRecord zone : store.all(account)) {
            locked(zone.name(), () -> {
                List<StoredRecordSet> sets = store.recordSets(zone.id());
                boolean affected = sets.stream().anyMatch(set -> healthCheckId.equals(set.healthCheckId())
                        || set.alias() != null && set.alias().evaluateTargetHealth());
                if (affected && isServed(zone)) {
                    try {
                        serving.refresh(account, zone.id(), zone.name(), sets);
                    } catch (DnsException e) {
                        LOG.log(System.Logger.Level.WARNING, "Zone " + zone.name() + " not re-served after health "
                                + "check " + healthCheckId + " changed: " + e.getMessage());
                    }
                }
                return null;
            });
        }
    }

    private void promoteNext(String name) {
        for (ZoneStore.ZoneRef ref : store.named(name)) {
            ZoneRecord next = store.get(ref.account(), ref.zoneId()).orElse(null);
            if (next != null && store.claimServing(next)) {
                try {
                    serving.start(next.account(), next.id(), name, store.recordSets(next.id()));
                } catch (DnsException e) {
                    store.releaseServing(name);
                    LOG.log(System.Logger.Level.WARNING, "Zone " + next.id() + " not served: " + e.getMessage());
                }
                return;
            }
        }
    }

    private boolean isServed(ZoneRecord zone) {
        return store.servedZone(zone.name()).filter(ref -> ref.zoneId().equals(zone.id())).isPresent();
    }

    private <T> T locked(String name, java.util.function.Supplier<T> action) {
        ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private static StoredRecordSet simple(String name, String type, long ttl, List<String> values) {
        return new StoredRecordSet(name, type, null, null, null, null, null, ttl, values, null, null);
    }
}
