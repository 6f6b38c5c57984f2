package io.cloudgate.dns.embedded;

import io.cloudgate.dns.AuthoritativeDns;
import io.cloudgate.dns.AuthoritativeDnsCompatibilityKit;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The embedded server passes the adapter contract. */
class EmbeddedDnsTest extends AuthoritativeDnsCompatibilityKit {
    private static MvStoreDocumentStore store;
    private static EmbeddedDns dns;

    @BeforeAll
    static void start() {
        store = MvStoreDocumentStore.inMemory(Clock.systemUTC());
        dns = EmbeddedDns.open(store, Clock.systemUTC(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterAll
    static void stop() {
        dns.close();
        store.close();
    }

    @Override
    protected AuthoritativeDns dns() {
        return dns;
    }
}
