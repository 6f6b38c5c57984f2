package io.cloudgate.conformance;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;

/** Real DNS queries (dnsjava over UDP) against the server that answers for a gateway's hosted zones. */
final class DnsAnswers {
    private final InetSocketAddress server;

    DnsAnswers(InetSocketAddress server) {
        this.server = server;
    }

    /** The whole response to one query for name and type (a dnsjava Type constant). */
    Message query(String name, int type) throws IOException {
        SimpleResolver resolver = new SimpleResolver(server);
        resolver.setTimeout(Duration.ofSeconds(3));
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
    }

    /** The answer section's records of the asked type, in presentation format. */
    List<String> answers(String name, int type) throws IOException {
        return query(name, type).getSection(Section.ANSWER).stream().filter(r -> r.getType() == type)
                .map(Record::rdataToString).toList();
    }
}
