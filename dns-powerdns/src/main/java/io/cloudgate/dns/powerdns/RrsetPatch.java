package io.cloudgate.dns.powerdns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.dns.RecordSet;
import io.cloudgate.dns.RecordSetChange;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a batch of port changes into the body of ONE PowerDNS {@code PATCH .../zones/{id}}, which PowerDNS
 * applies in a single backend transaction: all or nothing. The batch is folded over the zone's current record
 * sets first, because PowerDNS refuses two changes of the same RRset in one request and keeps all weighted
 * (LUA) sets of a name in one LUA RRset.
 */
final class RrsetPatch {

    private final Name zone;
    private final ZoneContents current;
    private final Map<ZoneContents.Key, RecordSet> result;
    private final Set<ZoneContents.Key> touched = new LinkedHashSet<>();

    private RrsetPatch(Name zone, ZoneContents current) {
        this.zone = zone;
        this.current = current;
        this.result = new LinkedHashMap<>(current.sets());
    }

    /** The PATCH body; INVALID_RECORD before anything is sent when a change is not acceptable. */
    static ObjectNode build(ObjectMapper json, Name zone, ZoneContents current, List<RecordSetChange> changes) {
        RrsetPatch patch = new RrsetPatch(zone, current);
        for (RecordSetChange change : changes) {
            switch (change) {
                case RecordSetChange.Put put -> patch.put(put.recordSet());
                case RecordSetChange.Remove remove -> patch.remove(remove.name(), remove.type());
            }
        }
        ObjectNode body = json.createObjectNode();
        patch.writeTo(body.putArray("rrsets"));
        return body;
    }

    private void put(RecordSet requested) {
        Name owner = RecordData.ownerInZone(requested.name(), zone);
        RecordSet set = RecordData.canonical(requested, owner, zone);
        if (set.type().equals("SOA")) {
            set = soa(set, owner);
        } else if (set.type().equals("NS") && owner.equals(zone) && set.choices().size() > 1) {
            throw RecordData.invalid("The NS record set of the zone apex cannot be weighted", null);
        }
        ZoneContents.Key key = new ZoneContents.Key(set.name(), set.type());
        result.put(key, set);
        touched.add(key);
    }

    /** The apex SOA keeps the current serial; PowerDNS's SOA-EDIT-API INCREASE then makes it one higher. */
    private RecordSet soa(RecordSet set, Name owner) {
        if (!owner.equals(zone) || set.choices().size() != 1 || set.choices().getFirst().values().size() != 1) {
            throw RecordData.invalid("A SOA record set must be the zone apex's, with one value", null);
        }
        String data = RecordData.withSerial(set.choices().getFirst().values().getFirst(), current.serial());
        return RecordSet.of(set.name(), "SOA", set.ttl(), List.of(data));
    }

    private void remove(String name, String type) {
        Name owner = RecordData.ownerInZone(name, zone);
        String mnemonic = Type.string(RecordData.type(type));
        if (owner.equals(zone) && (mnemonic.equals("SOA") || mnemonic.equals("NS"))) {
            throw RecordData.invalid("The " + mnemonic + " record set of the zone apex cannot be removed", null);
        }
        ZoneContents.Key key = new ZoneContents.Key(RecordData.canonical(owner), mnemonic);
        result.remove(key);
        touched.add(key);
    }

    private void writeTo(ArrayNode rrsets) {
        Set<String> touchedNames = new LinkedHashSet<>();
        for (ZoneContents.Key key : touched) {
            RecordSet set = result.get(key);
            if (set != null && set.choices().size() == 1) {
                ObjectNode rrset = rrset(rrsets, key.name(), key.type(), "REPLACE").put("ttl", set.ttl());
                ArrayNode records = rrset.putArray("records");
                set.choices().getFirst().values().forEach(value -> record(records, value));
            } else {
                rrset(rrsets, key.name(), key.type(), "DELETE");
            }
            touchedNames.add(key.name());
        }
        for (String name : touchedNames) {
            writeLuaRrset(rrsets, name);
        }
    }

    /** Rewrites the name's LUA RRset from every weighted set the name holds after the batch. */
    private void writeLuaRrset(ArrayNode rrsets, String name) {
        List<RecordSet> weighted = result.entrySet().stream()
                .filter(entry -> entry.getKey().name().equals(name) && entry.getValue().choices().size() > 1)
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparingInt(set -> Type.value(set.type())))
                .toList();
        if (weighted.isEmpty()) {
            if (current.luaOwners().contains(name)) {
                rrset(rrsets, name, "LUA", "DELETE");
            }
            return;
        }
        // One TTL per RRset in PowerDNS: the shortest, so no weighted answer is cached longer than asked.
        long ttl = weighted.stream().mapToLong(RecordSet::ttl).min().orElseThrow();
        ArrayNode records = rrset(rrsets, name, "LUA", "REPLACE").put("ttl", ttl).putArray("records");
        weighted.forEach(set -> record(records, WeightedLuaRecord.content(set)));
    }

    private static ObjectNode rrset(ArrayNode rrsets, String name, String type, String changeType) {
        return rrsets.addObject().put("name", name).put("type", type).put("changetype", changeType);
    }

    private static void record(ArrayNode records, String content) {
        records.addObject().put("content", content).put("disabled", false);
    }
}
