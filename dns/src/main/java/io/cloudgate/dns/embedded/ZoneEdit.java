package io.cloudgate.dns.embedded;

import io.cloudgate.dns.RecordSet;
import io.cloudgate.dns.RecordSetChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xbill.DNS.Name;

/**
 * The net effect of a batch on a zone's stored record sets: sets written and sets removed, each key at most once.
 * It is also the journal entry replayed at open when a write was interrupted, so it is plain data.
 */
record ZoneEdit(List<RecordSet> puts, List<RecordKey> removals) {

    /** A record set's identity: its name and type, compared without regard to case. */
    record RecordKey(String name, String type) {
        static RecordKey of(Name name, String type) {
            return new RecordKey(DnsNames.key(name), type.toUpperCase(Locale.ROOT));
        }

        String storeKey() {
            return name + " " + type;
        }
    }

    ZoneEdit {
        puts = List.copyOf(puts);
        removals = List.copyOf(removals);
    }

    static ZoneEdit of(List<RecordSetChange> changes) {
        Map<RecordKey, RecordSet> net = new LinkedHashMap<>();
        for (RecordSetChange change : changes) {
            switch (change) {
                case RecordSetChange.Put put -> net.put(RecordKey.of(DnsNames.parse(put.recordSet().name()),
                        put.recordSet().type()), put.recordSet());
                case RecordSetChange.Remove remove -> net.put(RecordKey.of(DnsNames.parse(remove.name()),
                        remove.type()), null);
            }
        }
        List<RecordSet> puts = new ArrayList<>();
        List<RecordKey> removals = new ArrayList<>();
        net.forEach((key, set) -> {
            if (set == null) {
                removals.add(key);
            } else {
                puts.add(set);
            }
        });
        return new ZoneEdit(puts, removals);
    }
}
