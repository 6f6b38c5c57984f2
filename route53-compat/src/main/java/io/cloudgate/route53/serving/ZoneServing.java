package io.cloudgate.route53.serving;

import io.cloudgate.dns.AuthoritativeDns;
import io.cloudgate.dns.DnsException;
import io.cloudgate.dns.RecordSet;
import io.cloudgate.dns.RecordSetChange;
import io.cloudgate.route53.core.DnsNames;
import io.cloudgate.route53.health.HealthStatuses;
import io.cloudgate.route53.records.StoredRecordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Keeps the DNS port serving what a zone's record sets project to. Callers hold the zone name's lock.
 * Every method either applies all of its DNS changes or throws DnsException with nothing applied.
 */
public final class ZoneServing {
    private final AuthoritativeDns dns;
    private final HealthStatuses health;
    private final AliasTargets aliasTargets;

    public ZoneServing(AuthoritativeDns dns, HealthStatuses health, AliasTargets aliasTargets) {
        this.dns = dns;
        this.health = health;
        this.aliasTargets = aliasTargets;
    }

    public Map<Projection.Key, RecordSet> project(String account, String zoneId, List<StoredRecordSet> sets) {
        return Projection.project(account, zoneId, sets, id -> health.isHealthy(account, id), aliasTargets);
    }

    /** Starts serving the zone with all its record sets; returns the serial that serves them. */
    public long start(String account, String zoneId, String zoneName, List<StoredRecordSet> sets) {
        Map<Projection.Key, RecordSet> served = project(account, zoneId, sets);
        RecordSet soa = served.get(new Projection.Key(zoneName, "SOA"));
        RecordSet ns = served.get(new Projection.Key(zoneName, "NS"));
        String name = DnsNames.presentation(zoneName);
        try {
            dns.createZone(name, soa, ns);
        } catch (DnsException e) {
            if (e.kind() != DnsException.Kind.ZONE_EXISTS) {
                throw e;
            }
            // Left over from a zone this gateway no longer has (e.g. a failed delete): serve ours instead.
            dns.deleteZone(name);
            dns.createZone(name, soa, ns);
        }
        List<RecordSetChange> rest = new ArrayList<>();
        served.forEach((key, set) -> {
            if (!set.equals(soa) && !set.equals(ns)) {
                rest.add(new RecordSetChange.Put(set));
            }
        });
        return rest.isEmpty() ? 1 : dns.apply(name, rest);
    }

    /**
     * Serves the zone's new record sets: puts what projects differently, removes what no longer projects.
     * Returns the serial that serves the change, or 0 when the served data did not change.
     */
    public long update(String account, String zoneId, String zoneName, List<StoredRecordSet> before,
                       List<StoredRecordSet> after) {
        Map<Projection.Key, RecordSet> old = project(account, zoneId, before);
        Map<Projection.Key, RecordSet> now = project(account, zoneId, after);
        List<RecordSetChange> changes = new ArrayList<>();
        old.forEach((key, set) -> {
            if (!now.containsKey(key)) {
                changes.add(new RecordSetChange.Remove(set.name(), set.type()));
            }
        });
        now.forEach((key, set) -> {
            if (!set.equals(old.get(key))) {
                changes.add(new RecordSetChange.Put(set));
            }
        });
        return changes.isEmpty() ? 0 : dns.apply(DnsNames.presentation(zoneName), changes);
    }

    /** Serves everything the zone projects to now (after a health verdict changed). */
    public void refresh(String account, String zoneId, String zoneName, List<StoredRecordSet> sets) {
        List<RecordSetChange> puts = new ArrayList<>();
        project(account, zoneId, sets).values().forEach(set -> puts.add(new RecordSetChange.Put(set)));
        dns.apply(DnsNames.presentation(zoneName), puts);
    }

    public void stop(String zoneName) {
        try {
            dns.deleteZone(DnsNames.presentation(zoneName));
        } catch (DnsException e) {
            if (e.kind() != DnsException.Kind.NO_SUCH_ZONE) {
                throw e;
            }
        }
    }

    /** Whether the DNS servers answer with at least {@code serial} for the zone. */
    public boolean serves(String zoneName, long serial) {
        OptionalLong served = dns.servedSerial(DnsNames.presentation(zoneName));
        return served.isPresent() && served.getAsLong() >= serial;
    }
}
