package io.cloudgate.dns.powerdns;

import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/** Asks a DNS server questions the way a resolver would, over UDP or TCP. */
final class DnsQueries {

    private final InetSocketAddress server;

    DnsQueries(InetSocketAddress server) {
        this.server = server;
    }

    Message ask(String name, String type, boolean tcp) throws IOException {
        SimpleResolver resolver = new SimpleResolver(server);
        resolver.setTimeout(Duration.ofSeconds(2));
        resolver.setTCP(tcp);
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), Type.value(type), DClass.IN)));
    }

    /** The data of the answer records of the type asked, sorted. */
    List<String> answers(String name, String type, boolean tcp) throws IOException {
        return ask(name, type, tcp).getSection(Section.ANSWER).stream()
                .filter(record -> record.getType() == Type.value(type))
                .map(Record::rdataToString)
                .sorted()
                .toList();
    }
}
