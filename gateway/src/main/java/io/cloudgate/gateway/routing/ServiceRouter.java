package io.cloudgate.gateway.routing;

import io.cloudgate.api.AwsService;
import io.cloudgate.protocol.Protocol;
import io.cloudgate.protocol.wire.MalformedRequestException;
import io.cloudgate.protocol.wire.QueryStrings;
import io.cloudgate.protocol.wire.WireRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the service a request is for. The signing name from the SigV4 credential scope decides
 * (it is covered by the signature); without one, a service-named host ("ec2.example.com") does.
 * Services sharing a signing name (ELB classic and v2) are told apart by the query Version.
 */
public final class ServiceRouter {
    private static final List<String> FALLBACK_PROTOCOLS = List.of("awsQuery", "awsJson1_0", "rpcv2Cbor");

    private final Map<String, List<AwsService>> bySigningName = new HashMap<>();
    private final Map<String, Protocol> protocols;

    public ServiceRouter(List<AwsService> services, Map<String, Protocol> protocols) {
        for (AwsService service : services) {
            bySigningName.computeIfAbsent(service.signingName(), k -> new ArrayList<>()).add(service);
        }
        this.protocols = Map.copyOf(protocols);
    }

    /** The route for a signing name, when this gateway serves it. */
    public Optional<Route> route(String signingName, WireRequest request) {
        List<AwsService> candidates = bySigningName.get(signingName);
        if (candidates == null) {
            return Optional.empty();
        }
        AwsService service = candidates.size() == 1 ? candidates.get(0) : byVersion(candidates, request);
        return Optional.of(new Route(service, protocols.get(ProtocolFamily.select(service.protocols(), request))));
    }

    /**
     * The protocol to answer a request that names no service served here: the one its shape suggests,
     * so that JSON and CBOR clients get an error they can parse; query-shaped XML otherwise.
     */
    public Protocol fallbackProtocol(WireRequest request) {
        return protocols.get(ProtocolFamily.select(FALLBACK_PROTOCOLS, request));
    }

    /** The signing name a request's host names, e.g. "sts" for "sts.us-east-1.example.com". */
    public Optional<String> signingNameFromHost(WireRequest request) {
        String host = request.header("host");
        if (host == null) {
            return Optional.empty();
        }
        int dot = host.indexOf('.');
        String label = (dot < 0 ? host : host.substring(0, dot)).toLowerCase(Locale.ROOT);
        return bySigningName.containsKey(label) ? Optional.of(label) : Optional.empty();
    }

    private static AwsService byVersion(List<AwsService> candidates, WireRequest request) {
        String version = requestVersion(request);
        for (AwsService service : candidates) {
            if (service.schema().apiVersion().equals(version)) {
                return service;
            }
        }
        return candidates.get(0);
    }

    /** The Version parameter, or null when absent or unreadable (decoding reports unreadable input later). */
    private static String requestVersion(WireRequest request) {
        try {
            return versionParameter(request);
        } catch (MalformedRequestException e) {
            return null;
        }
    }

    private static String versionParameter(WireRequest request) {
        List<String> fromQuery = request.queryParameters().get("Version");
        if (fromQuery != null) {
            return fromQuery.get(0);
        }
        List<String> fromBody = QueryStrings.parse(request.bodyAsString()).get("Version");
        return fromBody == null ? null : fromBody.get(0);
    }
}
