package io.cloudgate.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.cloudgate.sigv4.SdkSigners.Key;
import io.cloudgate.sigv4.SdkSigners.Variant;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The AWS SDK for Java v2 signers sign thousands of generated requests (header and presigned, current
 * and legacy signer, permanent and temporary keys); the verifier must accept every one. For the first
 * {@value #MUTATED} requests, every single-byte change to a signed part must be rejected.
 */
class SdkSignerRandomizedTest {

    private static final int REQUESTS = 2000;
    private static final int MUTATED = 200;
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final String[] REGIONS = {"us-east-1", "eu-west-3", "ap-southeast-2"};
    private static final String[] SERVICES = {"ec2", "monitoring", "route53", "elasticloadbalancing", "sts"};
    private static final List<Key> KEYS = List.of(
            new Key("AKIACLOUDGATE0000001", "s3cr3t/With+Slash=AndMore0000000000000000", null),
            new Key("AKIACLOUDGATE0000002", "another-secret-key-value-1234567890abcdef", null),
            new Key("ASIACLOUDGATE0000003", "temporary+secret/key=0123456789ABCDEFGHIJ",
                    "FwoGZXIvYXdzEBYaDH+token/with=padding+chars=="));

    private final SigV4Verifier verifier = new SigV4Verifier(Clock.fixed(NOW, ZoneOffset.UTC),
            accessKeyId -> KEYS.stream().filter(key -> key.accessKeyId().equals(accessKeyId)).findFirst()
                    .map(key -> new SigningSecret(key.secret(), key.sessionToken())));

    @Test
    void verifierAcceptsWhatTheSdkSignsAndRejectsEveryByteChanged() {
        Random random = new Random(20240501L);
        RandomRequests requests = new RandomRequests(random);
        Variant[] variants = Variant.values();
        int mutants = 0;
        for (int i = 0; i < REQUESTS; i++) {
            boolean mutate = i < MUTATED;
            Variant variant = variants[random.nextInt(variants.length)];
            Key key = KEYS.get(random.nextInt(KEYS.size()));
            String region = REGIONS[random.nextInt(REGIONS.length)];
            String service = SERVICES[random.nextInt(SERVICES.length)];
            boolean post = random.nextBoolean();
            Duration expires = Duration.ofSeconds(expiresSeconds(random));
            Instant signingTime = variant.presigned()
                    ? NOW.minusSeconds(random.nextLong(Math.min(expires.toSeconds(), 3600)))
                    : NOW.plusSeconds(random.nextLong(-14 * 60, 14 * 60));
            SignedRequest signed = SdkSigners.sign(requests.next(post, !mutate), post ? requests.body() : new byte[0],
                    variant, key, region, service, signingTime, expires);
            String description = "request " + i + " " + variant + " " + signed;

            assertThat(verifier.verify(signed)).as(description)
                    .isEqualTo(new Verified(key.accessKeyId(), region, service, key.sessionToken()));

            if (mutate) {
                mutants += assertEveryMutationRejected(signed, variant, description);
            }
        }
        assertThat(mutants).as("mutations tried").isGreaterThan(MUTATED * 100);
    }

    private int assertEveryMutationRejected(SignedRequest signed, Variant variant, String description) {
        SigV4Authorization authorization = SigV4Authorization.from(signed, QueryParameters.parse(signed.rawQuery()));
        boolean bodySigned = variant != Variant.HEADER_UNSIGNED_PAYLOAD;
        List<SignedRequest> accepted = new ArrayList<>();
        int[] count = {0};
        Mutations.forEach(signed, authorization.signedHeaderNames(), bodySigned, mutant -> {
            if (sameNormalizedPath(signed.rawPath(), mutant.rawPath())) {
                return;
            }
            count[0]++;
            try {
                verifier.verify(mutant);
                accepted.add(mutant);
            } catch (AuthenticationException expected) {
                // rejected, as it must be
            }
        });
        assertThat(accepted).as("mutants accepted for " + description).isEmpty();
        return count[0];
    }

    /**
     * Paths the SDK signs alike: a change inside a segment that a later {@code ..} removes is not a change
     * the signature can see (the gateway must route on the normalized path for the same reason).
     */
    private static boolean sameNormalizedPath(String original, String mutant) {
        return !original.equals(mutant) && mutant.startsWith("/") && normalized(original).equals(normalized(mutant));
    }

    /** As the SDK normalizes; {@code %} is escaped so that a mutant with a broken escape still parses. */
    private static String normalized(String path) {
        return URI.create("https://host" + path.replace("%", "%25")).normalize().getRawPath();
    }

    /** Mostly an hour, sometimes the bounds AWS allows. */
    private static long expiresSeconds(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 1;
            case 1 -> SigV4Authorization.MAX_EXPIRES_SECONDS;
            default -> 1 + random.nextInt(3600);
        };
    }
}
