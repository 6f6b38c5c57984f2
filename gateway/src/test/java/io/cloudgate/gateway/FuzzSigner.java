package io.cloudgate.gateway;

import io.cloudgate.gateway.FuzzRequest.Header;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;

/**
 * Signs fuzz requests with the AWS SDK's SigV4 signer, after mutation, so that they get past authentication and
 * reach the decoders. A request the SDK cannot sign (a method or URI it rejects) keeps its seed's signature.
 */
final class FuzzSigner {
    private final int port;
    private final AwsBasicCredentials credentials;

    FuzzSigner(int port, String accessKeyId, String secret) {
        this.port = port;
        this.credentials = AwsBasicCredentials.create(accessKeyId, secret);
    }

    /**
     * What goes on the wire: request line target and headers, Host and authentication included.
     *
     * @param signedFor the service named by the signature actually sent, null when unsigned
     */
    record Signed(String target, List<Header> headers, String signedFor, String note) {
    }

    Signed sign(FuzzRequest request) {
        return switch (request.signature()) {
            case NONE -> new Signed(target(request.path(), request.query()), withHost(request.headers()), null, "");
            case STALE -> stale(request, "");
            case FRESH -> fresh(request, Clock.systemUTC(), false);
            case EXPIRED -> fresh(request, Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)), false);
            case PRESIGNED -> fresh(request, Clock.systemUTC(), true);
        };
    }

    private Signed fresh(FuzzRequest request, Clock clock, boolean presigned) {
        SdkHttpRequest signed;
        try {
            signed = sdkSign(request, clock, presigned);
        } catch (RuntimeException e) {
            return stale(request, " (unsignable: " + e.getClass().getSimpleName()
                    + ", sent with the seed's signature)");
        }
        String target = presigned ? target(request.path(), signed.encodedQueryParameters().orElse(""))
                : target(request.path(), request.query());
        return new Signed(target, withAuthentication(request, signed), request.signingName(), "");
    }

    /** The request with the Authorization (and date) its seed was signed with. */
    private Signed stale(FuzzRequest request, String note) {
        FuzzRequest seed = request.origin() == null ? request : request.origin();
        SdkHttpRequest signed = sdkSign(seed, Clock.systemUTC(), false);
        return new Signed(target(request.path(), request.query()), withAuthentication(request, signed),
                seed.signingName(), note);
    }

    private List<Header> withAuthentication(FuzzRequest request, SdkHttpRequest signed) {
        Set<String> own = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        request.headers().forEach(header -> own.add(header.name()));
        List<Header> result = new ArrayList<>();
        signed.forEachHeader((name, values) -> {
            if (!own.contains(name)) {
                for (String value : values) {
                    boolean authorization = name.toLowerCase(Locale.ROOT).equals("authorization");
                    result.add(new Header(name, authorization && request.garble() != null
                            ? request.garble().apply(value) : value));
                }
            }
        });
        result.addAll(request.headers());
        result.removeIf(header -> header.value() == null);
        return result;
    }

    private SdkHttpRequest sdkSign(FuzzRequest request, Clock clock, boolean presigned) {
        SdkHttpFullRequest.Builder unsigned = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.fromValue(request.method()))
                .protocol("http").host("127.0.0.1").port(port)
                .encodedPath(request.path());
        addQuery(unsigned, request.query());
        request.headers().forEach(header -> unsigned.appendHeader(header.name(), header.value()));
        return AwsV4HttpSigner.create().sign(r -> r
                .identity(credentials)
                .request(unsigned.build())
                .payload(ContentStreamProvider.fromByteArray(request.body()))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, request.signingName())
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, clock)
                .putProperty(AwsV4HttpSigner.AUTH_LOCATION, presigned
                        ? AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING
                        : AwsV4FamilyHttpSigner.AuthLocation.HEADER))
                .request();
    }

    /** The SDK takes decoded parameters and encodes them again; a query it cannot decode cannot be signed. */
    private static void addQuery(SdkHttpFullRequest.Builder builder, String query) {
        if (query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            builder.appendRawQueryParameter(name, value);
        }
    }

    private List<Header> withHost(List<Header> headers) {
        List<Header> result = new ArrayList<>();
        if (headers.stream().noneMatch(header -> header.name().equalsIgnoreCase("host"))) {
            result.add(new Header("Host", "127.0.0.1:" + port));
        }
        result.addAll(headers);
        return result;
    }

    private static String target(String path, String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
