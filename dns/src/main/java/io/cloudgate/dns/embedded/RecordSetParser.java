package io.cloudgate.dns.embedded;

import io.cloudgate.dns.DnsException;
import io.cloudgate.dns.RecordSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TTL;
import org.xbill.DNS.Type;

/** Validates a port record set for one zone by parsing every value with dnsjava, as a zone file would be read. */
final class RecordSetParser {
    static final Set<String> SUPPORTED_TYPES =
            Set.of("A", "AAAA", "CNAME", "MX", "TXT", "SRV", "CAA", "NS", "SOA", "PTR", "SPF");

    private RecordSetParser() {
    }

    static ServedRecordSet parse(Name origin, RecordSet set) {
        Name name = DnsNames.parse(set.name());
        if (!name.subdomain(origin)) {
            throw invalid(set, "name lies outside zone " + origin);
        }
        if (!SUPPORTED_TYPES.contains(set.type())) {
            throw invalid(set, "unsupported type");
        }
        int type = Type.value(set.type());
        if (set.ttl() < 0 || set.ttl() > TTL.MAX_VALUE) {
            throw invalid(set, "TTL " + set.ttl() + " out of range");
        }
        if (type == Type.SOA && (!name.equals(origin) || set.choices().size() != 1)) {
            throw invalid(set, "SOA belongs at the apex, with one choice");
        }
        List<ServedRecordSet.Choice> choices = new ArrayList<>();
        for (RecordSet.Choice choice : set.choices()) {
            if ((type == Type.CNAME || type == Type.SOA) && choice.values().size() != 1) {
                throw invalid(set, "a " + set.type() + " choice holds exactly one value");
            }
            List<Record> records = new ArrayList<>();
            for (String value : choice.values()) {
                records.add(parseValue(set, name, type, origin, value));
            }
            choices.add(new ServedRecordSet.Choice(choice.weight(), List.copyOf(records)));
        }
        return new ServedRecordSet(set, name, type, List.copyOf(choices));
    }

    private static Record parseValue(RecordSet set, Name name, int type, Name origin, String value) {
        try {
            String data = type == Type.TXT || type == Type.SPF ? TxtStrings.splitLongStrings(value) : value;
            return Record.fromString(name, type, DClass.IN, set.ttl(), data, origin);
        } catch (IOException | RuntimeException e) {
            throw invalid(set, "value '" + value + "' does not parse: " + e.getMessage());
        }
    }

    private static DnsException invalid(RecordSet set, String why) {
        return new DnsException(DnsException.Kind.INVALID_RECORD, set.name() + " " + set.type() + ": " + why);
    }
}
