package io.cloudgate.dns.embedded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * RFC 1034 section 4.3.2's lookup inside one zone, with RFC 4592 wildcards and RFC 2308 negative answers:
 * referrals at zone cuts, CNAME chains followed while they stay in the zone, synthesis from {@code *} for
 * names that do not exist, NXDOMAIN and NODATA with the SOA.
 */
final class ZoneLookup {
    /** Longest CNAME chain followed inside a zone; a loop ends the chase too. */
    private static final int MAX_CNAME_HOPS = 8;
    private static final Name WILDCARD_LABEL = Name.fromConstantString("*");

    /** What the lookup found; authoritative is false only for referrals. */
    record Result(int rcode, boolean authoritative, List<Record> answer, List<Record> authority,
                  List<Record> additional) {
    }

    private final RandomGenerator random;

    ZoneLookup(RandomGenerator random) {
        this.random = random;
    }

    Result lookup(ZoneData zone, Name qname, int qtype) {
        List<Record> answer = new ArrayList<>();
        List<Record> additional = new ArrayList<>();
        Set<Name> visited = new HashSet<>(Set.of(qname));
        Name name = qname;
        while (true) {
            Name cut = zoneCut(zone, name, qtype);
            if (cut != null) {
                List<Record> delegation = zone.node(cut).get(Type.NS).pick(random);
                addAddresses(zone, delegation, additional);
                return new Result(Rcode.NOERROR, !answer.isEmpty(), answer, delegation, additional);
            }
            Map<Integer, ServedRecordSet> node = zone.node(name);
            if (node.isEmpty() && !zone.exists(name)) {
                node = zone.node(wildcardFor(zone, name));
                if (node.isEmpty()) {
                    return negative(zone, Rcode.NXDOMAIN, answer);
                }
            }
            if (qtype == Type.ANY && !node.isEmpty()) {
                for (ServedRecordSet set : node.values()) {
                    answer.addAll(owned(set.pick(random), name));
                }
                return positive(answer, additional);
            }
            ServedRecordSet match = node.get(qtype);
            if (match != null) {
                List<Record> records = owned(match.pick(random), name);
                answer.addAll(records);
                addAddresses(zone, records, additional);
                return positive(answer, additional);
            }
            ServedRecordSet alias = node.get(Type.CNAME);
            if (alias == null) {
                return negative(zone, Rcode.NOERROR, answer);
            }
            CNAMERecord cname = (CNAMERecord) owned(alias.pick(random), name).get(0);
            answer.add(cname);
            Name target = cname.getTarget();
            if (!target.subdomain(zone.origin()) || !visited.add(target) || visited.size() > MAX_CNAME_HOPS) {
                return positive(answer, additional);
            }
            name = target;
        }
    }

    /**
     * The topmost delegation (NS below the apex) at or above the name, or null. A DS query at the cut itself is
     * the parent's to answer, so that name does not count as delegated for DS.
     */
    private static Name zoneCut(ZoneData zone, Name name, int qtype) {
        for (int strip = name.labels() - zone.origin().labels() - 1; strip >= 0; strip--) {
            Name candidate = strip == 0 ? name : new Name(name, strip);
            if (zone.node(candidate).containsKey(Type.NS) && !(strip == 0 && qtype == Type.DS)) {
                return candidate;
            }
        }
        return null;
    }

    /** The source of synthesis: {@code *} under the name's closest encloser (its nearest existing ancestor). */
    private static Name wildcardFor(ZoneData zone, Name name) {
        Name encloser = name;
        while (!zone.exists(encloser) && !encloser.equals(zone.origin())) {
            encloser = new Name(encloser, 1);
        }
        try {
            return Name.concatenate(WILDCARD_LABEL, encloser);
        } catch (NameTooLongException e) {
            throw new IllegalStateException("a wildcard is never longer than the missing name it stands for", e);
        }
    }

    /** Answers carry the name as asked (synthesized wildcard answers, the query's own spelling). */
    private static List<Record> owned(List<Record> records, Name owner) {
        return records.stream().map(record -> record.withName(owner)).toList();
    }

    /** In-zone A and AAAA of the NS, MX and SRV targets, so that a resolver needs no second query. */
    private void addAddresses(ZoneData zone, List<Record> records, List<Record> additional) {
        for (Record record : records) {
            if (record.getType() != Type.NS && record.getType() != Type.MX && record.getType() != Type.SRV) {
                continue;
            }
            Map<Integer, ServedRecordSet> target = zone.node(record.getAdditionalName());
            for (int type : new int[] {Type.A, Type.AAAA}) {
                ServedRecordSet addresses = target.get(type);
                if (addresses != null) {
                    addresses.pick(random).stream().filter(a -> !additional.contains(a)).forEach(additional::add);
                }
            }
        }
    }

    private static Result positive(List<Record> answer, List<Record> additional) {
        return new Result(Rcode.NOERROR, true, answer, List.of(), additional);
    }

    private static Result negative(ZoneData zone, int rcode, List<Record> answer) {
        return new Result(rcode, true, answer, List.of(zone.negativeSoa()), List.of());
    }
}
