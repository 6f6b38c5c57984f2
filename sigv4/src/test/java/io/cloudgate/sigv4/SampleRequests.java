package io.cloudgate.sigv4;

import io.cloudgate.sigv4.SdkSigners.Key;
import io.cloudgate.sigv4.SdkSigners.Variant;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;

/** An EC2 query request signed by the AWS SDK, and ways to edit it, for the focused verifier tests. */
final class SampleRequests {

    static final Key PERMANENT = new Key("AKIDPERMANENT", "permanent/secret+key", null);
    static final Key TEMPORARY = new Key("ASIATEMPORARY", "temporary/secret+key", "session-token/1+2=");
    static final String REGION = "us-east-1";
    static final String SERVICE = "ec2";
    static final byte[] BODY = "Action=DescribeRegions&Version=2016-11-15".getBytes(StandardCharsets.UTF_8);

    private SampleRequests() {
    }

    static SecretLookup lookup() {
        return accessKeyId -> List.of(PERMANENT, TEMPORARY).stream()
                .filter(key -> key.accessKeyId().equals(accessKeyId))
                .findFirst()
                .map(key -> new SigningSecret(key.secret(), key.sessionToken()));
    }

    static SignedRequest signed(Variant variant, Key key, Instant at) {
        return signed(variant, key, at, Duration.ofHours(1));
    }

    static SignedRequest signed(Variant variant, Key key, Instant at, Duration expires) {
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(URI.create("https://ec2.us-east-1.amazonaws.com/"))
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .build();
        return SdkSigners.sign(request, BODY, variant, key, REGION, SERVICE, at, expires);
    }

    static SignedRequest withHeader(SignedRequest request, String name, String value) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, List.of(value));
        }
        return new SignedRequest(request.method(), request.rawPath(), request.rawQuery(), headers, request.body());
    }

    static SignedRequest withQuery(SignedRequest request, String rawQuery) {
        return new SignedRequest(request.method(), request.rawPath(), rawQuery, request.headers(), request.body());
    }

    static SignedRequest withBody(SignedRequest request, byte[] body) {
        return new SignedRequest(request.method(), request.rawPath(), request.rawQuery(), request.headers(), body);
    }

    static Optional<String> queryValue(SignedRequest request, String name) {
        return QueryParameters.firstRawValue(request.rawQuery(), name);
    }
}
