package io.cloudgate.dns;

import java.util.List;
import java.util.Locale;

/**
 * The records of one name and type. Usually a single choice; with several, the server picks one choice per
 * query with probability proportional to its weight (all weights zero: equally), which is how weighted routing
 * is served. Every choice answers all of its values.
 *
 * @param name    absolute name, presentation format; may be a wildcard ({@code *.example.com.})
 * @param type    record type mnemonic in upper case: A, AAAA, CNAME, MX, TXT, SRV, CAA, NS, SOA, PTR, SPF
 * @param ttl     seconds
 * @param choices at least one
 */
public record RecordSet(String name, String type, long ttl, List<Choice> choices) {

    /**
     * @param weight non-negative relative weight
     * @param values record data in zone-file presentation format, e.g. {@code 10 mail.example.com.} or
     *               {@code "v=spf1 -all"}; at least one
     */
    public record Choice(int weight, List<String> values) {
        public Choice {
            if (weight < 0 || values.isEmpty()) {
                throw new IllegalArgumentException("choice: weight " + weight + ", " + values.size()
                        + " values (expected: weight >= 0, at least one value)");
            }
            values = List.copyOf(values);
        }
    }

    public RecordSet {
        if (!name.endsWith(".") || choices.isEmpty()) {
            throw new IllegalArgumentException("record set " + name + " (expected: absolute name, a choice)");
        }
        type = type.toUpperCase(Locale.ROOT);
        choices = List.copyOf(choices);
    }

    /** A record set answered the same way every time. */
    public static RecordSet of(String name, String type, long ttl, List<String> values) {
        return new RecordSet(name, type, ttl, List.of(new Choice(1, values)));
    }
}
