package io.cloudgate.dns.powerdns;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a PowerDNS Authoritative server is and how to talk to it.
 *
 * @param apiUrl         base URL of its webserver, e.g. {@code http://127.0.0.1:8081} (the adapter appends
 *                       {@code /api/v1/servers/localhost/...})
 * @param apiKey         the server's {@code api-key}, sent as {@code X-API-Key}
 * @param dnsEndpoint    where it answers DNS queries (its {@code local-address}:{@code local-port})
 * @param connectTimeout how long to wait for a TCP connection to the API; short, so that a stopped server is
 *                       reported as unavailable quickly
 * @param requestTimeout how long to wait for one API answer
 * @param queryTimeout   how long to wait for a DNS answer when asking for the served SOA serial
 */
public record PowerDnsSettings(URI apiUrl, String apiKey, InetSocketAddress dnsEndpoint, Duration connectTimeout,
                               Duration requestTimeout, Duration queryTimeout) {

    public PowerDnsSettings {
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(dnsEndpoint, "dnsEndpoint");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        String url = apiUrl.toString();
        if (url.endsWith("/")) {
            apiUrl = URI.create(url.substring(0, url.length() - 1));
        }
    }

    /** Settings with timeouts suited to a server on the same host or network. */
    public static PowerDnsSettings of(URI apiUrl, String apiKey, InetSocketAddress dnsEndpoint) {
        return new PowerDnsSettings(apiUrl, apiKey, dnsEndpoint, Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofSeconds(1));
    }

    /** Never shows the API key, so that settings can be logged. */
    @Override
    public String toString() {
        return "PowerDnsSettings[apiUrl=" + apiUrl + ", dnsEndpoint=" + dnsEndpoint + ", connectTimeout="
                + connectTimeout + ", requestTimeout=" + requestTimeout + ", queryTimeout=" + queryTimeout + "]";
    }
}
