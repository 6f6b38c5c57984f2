package io.cloudgate.gateway;

import io.cloudgate.dns.AuthoritativeDns;
import io.cloudgate.dns.embedded.EmbeddedDns;
import io.cloudgate.dns.powerdns.PowerDnsAdapter;
import io.cloudgate.dns.powerdns.PowerDnsSettings;
import io.cloudgate.store.DocumentStore;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;

/** Opens the DNS backend the options select, and names the name servers of Route 53's delegation sets. */
final class DnsBackends {
    private DnsBackends() {
    }

    static AuthoritativeDns open(GatewayConfig.DnsSettings settings, DocumentStore store, Clock clock) {
        InetSocketAddress address = new InetSocketAddress(settings.bind(), settings.port());
        if (settings.backend().equals("powerdns")) {
            return new PowerDnsAdapter(PowerDnsSettings.of(URI.create(settings.powerDnsUrl()),
                    settings.powerDnsApiKey(), address));
        }
        return EmbeddedDns.open(store, clock, address);
    }

    /** The DNS host's name when it has one; an address cannot name a name server, so a fixed domain stands in. */
    static String nameServerDomain(GatewayConfig.DnsSettings settings) {
        String host = settings.bind();
        boolean address = host.contains(":") || host.matches("[0-9.]+");
        return address ? "cloudgate-dns.localhost" : host;
    }
}
