package io.cloudgate.dns.powerdns;

import io.cloudgate.dns.DnsException;
import io.cloudgate.dns.RecordSet;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks names and record data before they reach PowerDNS, and writes them the way PowerDNS accepts them:
 * lower-case absolute owner names, record data in canonical presentation format (PowerDNS refuses data that
 * does not read back exactly as sent, e.g. an unquoted TXT string or a relative CNAME target).
 */
final class RecordData {

    private RecordData() {
    }

    static Name name(String name) {
        try {
            Name parsed = Name.fromString(name);
            if (!parsed.isAbsolute()) {
                throw invalid("Name " + name + " is not absolute", null);
            }
            return parsed;
        } catch (TextParseException e) {
            throw invalid("Name " + name + " is not a valid DNS name", e);
        }
    }

    /** The lower-case presentation form, which is how PowerDNS names owners. */
    static String canonical(Name name) {
        return name.canonicalize().toString();
    }

    static String canonicalName(String name) {
        return canonical(name(name));
    }

    /** The owner name of a record set, checked to lie in the zone. */
    static Name ownerInZone(String owner, Name zone) {
        Name name = name(owner);
        if (!name.subdomain(zone)) {
            throw invalid("Name " + owner + " is outside zone " + zone, null);
        }
        return name;
    }

    static int type(String mnemonic) {
        int type = Type.value(mnemonic);
        if (type < 0 || mnemonic.equalsIgnoreCase("LUA")) {
            throw invalid("Record type " + mnemonic + " is not supported", null);
        }
        return type;
    }

    /**
     * A record set with its name and every value in the form PowerDNS stores, relative names in data completed
     * with the zone's; INVALID_RECORD if a value does not parse.
     */
    static RecordSet canonical(RecordSet set, Name owner, Name zone) {
        int type = type(set.type());
        List<RecordSet.Choice> choices = new ArrayList<>();
        for (RecordSet.Choice choice : set.choices()) {
            List<String> values = new ArrayList<>();
            for (String value : choice.values()) {
                values.add(value(owner, zone, type, value));
            }
            choices.add(new RecordSet.Choice(choice.weight(), values));
        }
        if (set.ttl() < 0 || set.ttl() > 0x7fffffffL) {
            throw invalid("TTL " + set.ttl() + " of " + set.name() + " " + set.type() + " is out of range", null);
        }
        return new RecordSet(canonical(owner), Type.string(type), set.ttl(), choices);
    }

    /** The value in canonical presentation format; relative names in it are completed with the zone's. */
    private static String value(Name owner, Name zone, int type, String value) {
        try {
            String data = type == Type.TXT || type == Type.SPF
                    ? TxtStrings.splitLongStrings(value).orElseThrow(() -> new TextParseException("bad strings"))
                    : value;
            Record record = Record.fromString(owner, type, DClass.IN, 0, data, zone);
            return record instanceof AAAARecord aaaa ? ipv6(aaaa.getAddress()) : record.rdataToString();
        } catch (IOException | IllegalArgumentException e) {
            throw invalid("Value \"" + value + "\" is not valid " + Type.string(type) + " data for " + owner, e);
        }
    }

    /** An IPv6 address in RFC 5952 form ({@code 2001:db8::1}), as PowerDNS writes it. */
    static String ipv6(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return "::ffff:" + address.getHostAddress();
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        }
        int zerosStart = -1;
        int zerosLength = 1;
        for (int i = 0; i < 8; ) {
            int end = i;
            while (end < 8 && groups[end] == 0) {
                end++;
            }
            if (end - i > zerosLength) {
                zerosStart = i;
                zerosLength = end - i;
            }
            i = Math.max(end, i + 1);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == zerosStart) {
                text.append("::");
                i += zerosLength - 1;
            } else {
                text.append(text.isEmpty() || text.charAt(text.length() - 1) == ':' ? "" : ":")
                        .append(Integer.toHexString(groups[i]));
            }
        }
        return text.toString();
    }

    /** SOA data with its serial replaced; serials belong to the adapter (PowerDNS increments them). */
    static String withSerial(String soaData, long serial) {
        try {
            SOARecord soa = (SOARecord) Record.fromString(Name.root, Type.SOA, DClass.IN, 0, soaData, Name.root);
            return new SOARecord(Name.root, DClass.IN, 0, soa.getHost(), soa.getAdmin(), serial, soa.getRefresh(),
                    soa.getRetry(), soa.getExpire(), soa.getMinimum()).rdataToString();
        } catch (IOException | IllegalArgumentException e) {
            throw invalid("Value \"" + soaData + "\" is not valid SOA data", e);
        }
    }

    static DnsException invalid(String message, Throwable cause) {
        return new DnsException(DnsException.Kind.INVALID_RECORD, message, cause);
    }
}
