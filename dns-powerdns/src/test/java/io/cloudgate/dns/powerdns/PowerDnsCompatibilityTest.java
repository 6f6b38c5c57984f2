package io.cloudgate.dns.powerdns;

import io.cloudgate.dns.AuthoritativeDns;
import io.cloudgate.dns.AuthoritativeDnsCompatibilityKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The PowerDNS adapter passes the DNS port's contract against a real pdns_server. */
class PowerDnsCompatibilityTest extends AuthoritativeDnsCompatibilityKit {

    private static PowerDnsServer server;
    private static PowerDnsAdapter adapter;

    @BeforeAll
    static void startPowerDns() throws Exception {
        assumeTrue(PowerDnsServer.binary().isPresent(),
                "pdns_server is not installed (Debian packages pdns-server, pdns-backend-sqlite3, sqlite3)");
        server = PowerDnsServer.start();
        adapter = new PowerDnsAdapter(server.settings());
    }

    @AfterAll
    static void stopPowerDns() throws Exception {
        if (adapter != null) {
            adapter.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected AuthoritativeDns dns() {
        return adapter;
    }
}
