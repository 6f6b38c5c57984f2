package io.cloudgate.dns.embedded;

import io.cloudgate.dns.AuthoritativeDns;
import io.cloudgate.dns.DnsException;
import io.cloudgate.dns.DnsHealth;
import io.cloudgate.dns.RecordSet;
import io.cloudgate.dns.RecordSetChange;
import io.cloudgate.store.DocumentStore;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * The built-in authoritative DNS server: zones kept in the document store and served, from an in-memory copy
 * loaded at open, over UDP and TCP on one port. Behaviour: AA on authoritative answers; NXDOMAIN and NODATA
 * with the SOA (TTL min(SOA TTL, minimum)); CNAME chains followed inside the zone; wildcards; referrals without
 * AA below the apex; REFUSED outside its zones; EDNS0 (UDP answers up to the client's payload size, at most
 * 4096, else TC=1 and the question only); NOTIMP for opcodes other than QUERY; FORMERR for unreadable queries;
 * ANY answered with every record set at the name; weighted choices picked per query.
 */
public final class EmbeddedDns implements AuthoritativeDns {
    /** How long a TCP connection may stay silent before we close it (RFC 7766 suggests seconds). */
    public static final Duration DEFAULT_TCP_IDLE = Duration.ofSeconds(10);
    private static final int BIND_ATTEMPTS = 5;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final ZoneCatalog catalog;
    private final ZoneStore store;
    private final UdpServer udp;
    private final TcpServer tcp;
    private final InetSocketAddress endpoint;
    private final DnsProbe probe = new DnsProbe(PROBE_TIMEOUT);
    private final ReentrantLock writes = new ReentrantLock();

    private EmbeddedDns(ZoneCatalog catalog, ZoneStore store, UdpServer udp, TcpServer tcp,
                        InetSocketAddress endpoint) {
        this.catalog = catalog;
        this.store = store;
        this.udp = udp;
        this.tcp = tcp;
        this.endpoint = endpoint;
    }

    /** Opens the server on {@code bind} (port 0: an ephemeral port, the same for UDP and TCP). */
    public static EmbeddedDns open(DocumentStore store, Clock clock, InetSocketAddress bind) {
        return open(store, clock, bind, new Random(), DEFAULT_TCP_IDLE);
    }

    /** As {@link #open(DocumentStore, Clock, InetSocketAddress)}, with the choice randomness and TCP idle time. */
    public static EmbeddedDns open(DocumentStore documents, Clock clock, InetSocketAddress bind,
                                   RandomGenerator random, Duration tcpIdle) {
        ZoneStore store = new ZoneStore(documents, clock);
        ZoneCatalog catalog = new ZoneCatalog();
        try {
            for (ZoneStore.StoredZone zone : store.load()) {
                Name origin = DnsNames.parse(zone.name());
                catalog.put(ZoneData.of(origin, zone.serial(),
                        zone.recordSets().stream().map(set -> RecordSetParser.parse(origin, set)).toList()));
            }
        } catch (RuntimeException e) {
            throw new DnsException(DnsException.Kind.UNAVAILABLE,
                    "DNS zones could not be loaded: " + e.getMessage(), e);
        }
        PacketHandler handler = new PacketHandler(new QueryResponder(catalog, new ZoneLookup(random)));
        Sockets sockets = bindBoth(bind);
        UdpServer udp = new UdpServer(sockets.udp(), handler);
        TcpServer tcp = new TcpServer(sockets.tcp(), handler, tcpIdle);
        udp.start();
        tcp.start();
        return new EmbeddedDns(catalog, store, udp, tcp,
                new InetSocketAddress(bind.getAddress(), sockets.udp().getLocalPort()));
    }

    private record Sockets(DatagramSocket udp, ServerSocket tcp) {
    }

    /** UDP first, then TCP on the port UDP got; with an ephemeral port, that port may be taken for TCP: retry. */
    private static Sockets bindBoth(InetSocketAddress bind) {
        IOException last = null;
        for (int attempt = 0; attempt < (bind.getPort() == 0 ? BIND_ATTEMPTS : 1); attempt++) {
            DatagramSocket udp = null;
            try {
                udp = new DatagramSocket(bind);
                ServerSocket tcp = new ServerSocket();
                tcp.setReuseAddress(true);
                try {
                    tcp.bind(new InetSocketAddress(bind.getAddress(), udp.getLocalPort()));
                } catch (IOException e) {
                    tcp.close();
                    throw e;
                }
                return new Sockets(udp, tcp);
            } catch (IOException e) {
                last = e;
                if (udp != null) {
                    udp.close();
                }
            }
        }
        throw new DnsException(DnsException.Kind.UNAVAILABLE, "cannot listen for DNS on " + bind, last);
    }

    @Override
    public void createZone(String zoneName, RecordSet soa, RecordSet nameServers) {
        Name origin = DnsNames.parse(zoneName);
        if (!soa.type().equals("SOA") || !nameServers.type().equals("NS")) {
            throw new DnsException(DnsException.Kind.INVALID_RECORD, "a zone starts with an SOA and an NS set");
        }
        ZoneEdit apex = new ZoneEdit(List.of(soa, nameServers), List.of());
        writes.lock();
        try {
            if (catalog.zone(origin).isPresent()) {
                throw new DnsException(DnsException.Kind.ZONE_EXISTS, "zone " + zoneName + " is served already");
            }
            ZoneData zone = ZoneData.of(origin, 1, apex.puts().stream()
                    .map(set -> RecordSetParser.parse(origin, set)).toList());
            store.create(zoneName, apex);
            catalog.put(zone);
        } finally {
            writes.unlock();
        }
    }

    @Override
    public void deleteZone(String zoneName) {
        Name origin = DnsNames.parse(zoneName);
        writes.lock();
        try {
            servedZone(origin, zoneName);
            store.delete(zoneName);
            catalog.remove(origin);
        } finally {
            writes.unlock();
        }
    }

    @Override
    public long apply(String zoneName, List<RecordSetChange> changes) {
        Name origin = DnsNames.parse(zoneName);
        ZoneEdit edit = ZoneEdit.of(changes);
        writes.lock();
        try {
            ZoneData current = servedZone(origin, zoneName);
            ZoneData next = current.apply(edit);
            store.write(zoneName, next.serial(), edit);
            catalog.put(next);
            return next.serial();
        } finally {
            writes.unlock();
        }
    }

    @Override
    public List<RecordSet> recordSets(String zoneName) {
        return servedZone(DnsNames.parse(zoneName), zoneName).recordSets();
    }

    private ZoneData servedZone(Name origin, String zoneName) {
        return catalog.zone(origin).orElseThrow(() ->
                new DnsException(DnsException.Kind.NO_SUCH_ZONE, "zone " + zoneName + " is not served"));
    }

    @Override
    public OptionalLong servedSerial(String zoneName) {
        Name origin = DnsNames.parse(zoneName);
        return probe.ask(endpoint, origin, Type.SOA)
                .filter(response -> response.getRcode() == Rcode.NOERROR
                        && response.getHeader().getFlag(Flags.AA))
                .flatMap(response -> response.getSection(Section.ANSWER).stream()
                        .filter(record -> record instanceof SOARecord && record.getName().equals(origin))
                        .findFirst())
                .map(soa -> OptionalLong.of(((SOARecord) soa).getSerial()))
                .orElse(OptionalLong.empty());
    }

    @Override
    public InetSocketAddress endpoint() {
        return endpoint;
    }

    @Override
    public DnsHealth health() {
        if (!udp.serving() || !tcp.serving()) {
            return new DnsHealth(false, "closed");
        }
        boolean answers = probe.ask(endpoint, Name.root, Type.SOA).isPresent();
        return new DnsHealth(answers, String.format(Locale.ROOT, "%s on %s:%d (udp, tcp), %d zones",
                answers ? "answering" : "not answering", endpoint.getHostString(), endpoint.getPort(),
                catalog.all().size()));
    }

    @Override
    public void close() {
        udp.close();
        tcp.close();
    }
}
