package io.cloudgate.dns.embedded;

import io.cloudgate.dns.RecordSet;
import java.util.List;
import java.util.random.RandomGenerator;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;

/**
 * A record set as the server answers it: the port's record set (kept to store and list it) and each choice's
 * records, parsed and validated.
 */
record ServedRecordSet(RecordSet source, Name name, int type, List<Choice> choices) {

    record Choice(int weight, List<Record> records) {
    }

    /** One choice's records, with probability weight / total weight (all weights zero: uniformly). */
    List<Record> pick(RandomGenerator random) {
        if (choices.size() == 1) {
            return choices.get(0).records();
        }
        long total = choices.stream().mapToLong(Choice::weight).sum();
        if (total == 0) {
            return choices.get(random.nextInt(choices.size())).records();
        }
        long ticket = random.nextLong(total);
        for (Choice choice : choices) {
            ticket -= choice.weight();
            if (ticket < 0) {
                return choice.records();
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }

    /** The first choice's records: for sets that are never weighted (SOA) or when any choice will do. */
    List<Record> first() {
        return choices.get(0).records();
    }
}
