package io.cloudgate.conformance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.xbill.DNS.Type;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/** An ELBv2 SDK client for a running gateway, and real traffic to a balancer found through the gateway's DNS. */
final class ElbV2Clients {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private ElbV2Clients() {
    }

    static ElasticLoadBalancingV2Client elbV2(RunningGateway gateway, RunningGateway.Credentials credentials) {
        return ElasticLoadBalancingV2Client.builder()
                .endpointOverride(gateway.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials.provider())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** The balancer's address, as the gateway's DNS answers for its DNS name. */
    static String resolve(RunningGateway gateway, String dnsName) throws Exception {
        List<String> addresses = new DnsAnswers(gateway.dnsEndpoint()).answers(dnsName + ".", Type.A);
        if (addresses.size() != 1) {
            throw new AssertionError("expected one A record for " + dnsName + ", got " + addresses);
        }
        return addresses.getFirst();
    }

    static HttpResponse<String> get(String address, int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://" + address + ":" + port + path))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
