package io.cloudgate.dns.embedded;

import io.cloudgate.dns.DnsException;
import io.cloudgate.dns.RecordSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Type;

/**
 * One zone as served: an immutable snapshot (record sets by owner name and type, every name that exists including
 * empty non-terminals, the SOA with the zone's serial). A change builds a new snapshot, swapped in whole.
 */
final class ZoneData {
    private final Name origin;
    private final long serial;
    private final Map<Name, Map<Integer, ServedRecordSet>> nodes;
    private final Set<Name> existingNames;
    private final SOARecord soa;

    private ZoneData(Name origin, long serial, Map<Name, Map<Integer, ServedRecordSet>> nodes,
                     Set<Name> existingNames, SOARecord soa) {
        this.origin = origin;
        this.serial = serial;
        this.nodes = nodes;
        this.existingNames = existingNames;
        this.soa = soa;
    }

    /** Builds and validates a zone: SOA and NS at the apex, a CNAME alone at its name. */
    static ZoneData of(Name origin, long serial, Collection<ServedRecordSet> sets) {
        Map<Name, Map<Integer, ServedRecordSet>> nodes = new HashMap<>();
        Set<Name> existing = new HashSet<>();
        SOARecord soa = null;
        for (ServedRecordSet set : sets) {
            ServedRecordSet served = set;
            if (set.type() == Type.SOA) {
                soa = withSerial((SOARecord) set.first().get(0), serial);
                served = new ServedRecordSet(set.source(), set.name(), set.type(),
                        List.of(new ServedRecordSet.Choice(1, List.of(soa))));
            }
            nodes.computeIfAbsent(set.name(), n -> new HashMap<>()).put(set.type(), served);
            for (Name name = set.name(); name.subdomain(origin) && existing.add(name) && !name.equals(origin); ) {
                name = new Name(name, 1);
            }
        }
        Map<Integer, ServedRecordSet> apex = nodes.getOrDefault(origin, Map.of());
        if (soa == null || !apex.containsKey(Type.NS)) {
            throw new DnsException(DnsException.Kind.INVALID_RECORD,
                    "the apex of " + origin + " keeps its SOA and NS record sets");
        }
        nodes.forEach((name, types) -> {
            if (types.containsKey(Type.CNAME) && types.size() > 1) {
                throw new DnsException(DnsException.Kind.INVALID_RECORD,
                        name + " has a CNAME record set and other record sets");
            }
        });
        nodes.replaceAll((name, types) -> Map.copyOf(types));
        return new ZoneData(origin, serial, Map.copyOf(nodes), Set.copyOf(existing), soa);
    }

    private static SOARecord withSerial(SOARecord soa, long serial) {
        return new SOARecord(soa.getName(), soa.getDClass(), soa.getTTL(), soa.getHost(), soa.getAdmin(), serial,
                soa.getRefresh(), soa.getRetry(), soa.getExpire(), soa.getMinimum());
    }

    /** This zone with the edit applied and the serial one higher; the edit is validated whole first. */
    ZoneData apply(ZoneEdit edit) {
        Map<ZoneEdit.RecordKey, ServedRecordSet> sets = new LinkedHashMap<>();
        for (ServedRecordSet set : sets()) {
            sets.put(ZoneEdit.RecordKey.of(set.name(), set.source().type()), set);
        }
        for (ZoneEdit.RecordKey removal : edit.removals()) {
            Name name = DnsNames.parse(removal.name());
            if (!name.subdomain(origin)) {
                throw new DnsException(DnsException.Kind.INVALID_RECORD,
                        removal.name() + " lies outside zone " + origin);
            }
            sets.remove(removal);
        }
        for (RecordSet put : edit.puts()) {
            ServedRecordSet parsed = RecordSetParser.parse(origin, put);
            sets.put(ZoneEdit.RecordKey.of(parsed.name(), put.type()), parsed);
        }
        return of(origin, serial + 1, sets.values());
    }

    Name origin() {
        return origin;
    }

    long serial() {
        return serial;
    }

    /** The record sets at exactly this name by type; empty when it owns none. */
    Map<Integer, ServedRecordSet> node(Name name) {
        return nodes.getOrDefault(name, Map.of());
    }

    /** Whether the name exists: it owns records or is an ancestor of a name that does (empty non-terminal). */
    boolean exists(Name name) {
        return existingNames.contains(name);
    }

    SOARecord soa() {
        return soa;
    }

    /** The SOA for negative answers, whose TTL tells caches how long to remember the absence (RFC 2308). */
    SOARecord negativeSoa() {
        long ttl = Math.min(soa.getTTL(), soa.getMinimum());
        return ttl == soa.getTTL() ? soa : new SOARecord(soa.getName(), soa.getDClass(), ttl, soa.getHost(),
                soa.getAdmin(), serial, soa.getRefresh(), soa.getRetry(), soa.getExpire(), soa.getMinimum());
    }

    List<ServedRecordSet> sets() {
        return nodes.values().stream().flatMap(types -> types.values().stream())
                .sorted(Comparator.comparing(ServedRecordSet::name).thenComparingInt(ServedRecordSet::type))
                .toList();
    }

    /** The port's view: sets in canonical order, the SOA showing the served serial. */
    List<RecordSet> recordSets() {
        return sets().stream().map(set -> set.type() == Type.SOA
                ? RecordSet.of(set.source().name(), "SOA", soa.getTTL(), List.of(soa.rdataToString()))
                : set.source()).toList();
    }
}
