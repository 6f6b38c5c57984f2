package io.cloudgate.sigv4;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.signer.Aws4Signer;
import software.amazon.awssdk.auth.signer.params.Aws4PresignerParams;
import software.amazon.awssdk.auth.signer.params.Aws4SignerParams;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;
import software.amazon.awssdk.regions.Region;

/** Signs requests with the AWS SDK for Java v2 signers (current and legacy) and turns them into wire form. */
final class SdkSigners {

    /** How a request gets signed. */
    enum Variant {
        HEADER, HEADER_UNSIGNED_PAYLOAD, PRESIGNED, LEGACY_HEADER, LEGACY_PRESIGNED;

        boolean presigned() {
            return this == PRESIGNED || this == LEGACY_PRESIGNED;
        }
    }

    /** A key as the signer sees it; {@code sessionToken} null for permanent keys. */
    record Key(String accessKeyId, String secret, String sessionToken) {
    }

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();
    private static final Aws4Signer LEGACY_SIGNER = Aws4Signer.create();

    private SdkSigners() {
    }

    static SignedRequest sign(SdkHttpFullRequest unsigned, byte[] body, Variant variant, Key key, String region,
                              String service, Instant signingTime, Duration expires) {
        Clock clock = Clock.fixed(signingTime, ZoneOffset.UTC);
        SdkHttpFullRequest signed = switch (variant) {
            case HEADER, HEADER_UNSIGNED_PAYLOAD, PRESIGNED -> signCurrent(unsigned, body, variant, key, region,
                    service, clock, expires);
            case LEGACY_HEADER -> LEGACY_SIGNER.sign(withBody(unsigned, body),
                    legacyParams(Aws4SignerParams.builder(), key, region, service, clock).build());
            case LEGACY_PRESIGNED -> LEGACY_SIGNER.presign(withBody(unsigned, body),
                    legacyParams(Aws4PresignerParams.builder(), key, region, service, clock)
                            .expirationTime(signingTime.plus(expires)).build());
        };
        return wireForm(signed, body);
    }

    private static SdkHttpFullRequest signCurrent(SdkHttpFullRequest unsigned, byte[] body, Variant variant, Key key,
                                                  String region, String service, Clock clock, Duration expires) {
        SignRequest.Builder<AwsCredentialsIdentity> request = SignRequest.builder(identity(key))
                .request(unsigned)
                .payload(() -> new ByteArrayInputStream(body))
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, clock);
        if (variant == Variant.HEADER_UNSIGNED_PAYLOAD) {
            request.putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false);
        }
        if (variant == Variant.PRESIGNED) {
            request.putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4HttpSigner.AuthLocation.QUERY_STRING)
                    .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, expires);
        }
        return (SdkHttpFullRequest) SIGNER.sign(request.build()).request();
    }

    private static AwsCredentialsIdentity identity(Key key) {
        return key.sessionToken() == null
                ? AwsCredentialsIdentity.create(key.accessKeyId(), key.secret())
                : AwsSessionCredentialsIdentity.create(key.accessKeyId(), key.secret(), key.sessionToken());
    }

    private static <B extends Aws4SignerParams.Builder<B>> B legacyParams(B builder, Key key, String region,
                                                                           String service, Clock clock) {
        AwsCredentials credentials = key.sessionToken() == null
                ? AwsBasicCredentials.create(key.accessKeyId(), key.secret())
                : AwsSessionCredentials.create(key.accessKeyId(), key.secret(), key.sessionToken());
        return builder.awsCredentials(credentials)
                .signingRegion(Region.of(region))
                .signingName(service)
                .signingClockOverride(clock);
    }

    private static SdkHttpFullRequest withBody(SdkHttpFullRequest request, byte[] body) {
        return request.toBuilder().contentStreamProvider(() -> new ByteArrayInputStream(body)).build();
    }

    /** What the gateway receives: encoded path and query as on the wire, header names lower-cased. */
    static SignedRequest wireForm(SdkHttpFullRequest signed, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        signed.forEachHeader((name, values) -> headers
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
        String rawQuery = signed.getUri().getRawQuery();
        String path = signed.encodedPath();
        return new SignedRequest(signed.method().name(), path.isEmpty() ? "/" : path,
                rawQuery == null ? "" : rawQuery, headers, body);
    }
}
