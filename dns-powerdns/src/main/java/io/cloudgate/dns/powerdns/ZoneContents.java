package io.cloudgate.dns.powerdns;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.dns.RecordSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.Type;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A zone as PowerDNS's API shows it ({@code GET .../zones/{id}}), read back into record sets: ordinary RRsets as
 * single-choice sets, LUA records written by {@link WeightedLuaRecord} as the weighted sets they serve.
 *
 * @param serial    the SOA serial
 * @param sets      by {@link Key}
 * @param luaOwners names that hold a LUA RRset (which PowerDNS keeps as one RRset per name)
 */
record ZoneContents(long serial, Map<Key, RecordSet> sets, Set<String> luaOwners) {

    private static final Logger LOG = LoggerFactory.getLogger(ZoneContents.class);

    /** A record set's identity: lower-case absolute name and upper-case type. */
    record Key(String name, String type) {
        static Key of(String name, String type) {
            return new Key(RecordData.canonicalName(name), type.toUpperCase(Locale.ROOT));
        }
    }

    static ZoneContents of(JsonNode zone) {
        Map<Key, RecordSet> sets = new LinkedHashMap<>();
        Set<String> luaOwners = new HashSet<>();
        for (JsonNode rrset : zone.path("rrsets")) {
            String name = rrset.path("name").asText();
            String type = rrset.path("type").asText();
            List<String> contents = new ArrayList<>();
            for (JsonNode record : rrset.path("records")) {
                if (!record.path("disabled").asBoolean(false)) {
                    contents.add(record.path("content").asText());
                }
            }
            if (type.equals("LUA")) {
                luaOwners.add(RecordData.canonicalName(name));
                for (String content : contents) {
                    weighted(name, content).ifPresent(set -> sets.put(Key.of(name, set.type()), set));
                }
            } else if (!contents.isEmpty()) {
                sets.put(Key.of(name, type), RecordSet.of(name, type, rrset.path("ttl").asLong(), contents));
            }
        }
        return new ZoneContents(zone.path("serial").asLong(), sets, luaOwners);
    }

    private static Optional<RecordSet> weighted(String name, String content) {
        Optional<RecordSet> set = WeightedLuaRecord.parse(name, content);
        if (set.isEmpty()) {
            LOG.warn("Ignoring a LUA record at {} not written by this adapter", name);
        }
        return set;
    }

    /** The record sets in canonical DNS order: by name (RFC 4034), then by type number. */
    List<RecordSet> inCanonicalOrder() {
        return sets.values().stream()
                .sorted(Comparator.comparing((RecordSet set) -> RecordData.name(set.name()))
                        .thenComparingInt(set -> Type.value(set.type())))
                .toList();
    }
}
