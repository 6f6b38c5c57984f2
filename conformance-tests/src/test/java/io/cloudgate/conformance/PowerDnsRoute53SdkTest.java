package io.cloudgate.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cloudgate.dns.powerdns.PowerDnsServer;
import org.junit.jupiter.api.AfterAll;

/**
 * {@link Route53SdkTest} with {@code --dns-backend powerdns}: zones and records go to a real PowerDNS
 * Authoritative server through its HTTP API, and the DNS queries are answered by that server. Skipped only when
 * pdns_server is not installed (CI installs it).
 */
class PowerDnsRoute53SdkTest extends Route53SdkTest {
    private PowerDnsServer powerDns;

    @Override
    RunningGateway startGateway() throws Exception {
        assumeTrue(PowerDnsServer.binary().isPresent(), "pdns_server is not installed");
        powerDns = PowerDnsServer.start();
        var settings = powerDns.settings();
        return RunningGateway.start("--dns-backend", "powerdns", "--powerdns-url", settings.apiUrl().toString(),
                "--powerdns-api-key", settings.apiKey(),
                "--dns-port", Integer.toString(settings.dnsEndpoint().getPort()));
    }

    @AfterAll
    @Override
    void stop() throws Exception {
        super.stop();
        if (powerDns != null) {
            powerDns.close();
        }
    }
}
