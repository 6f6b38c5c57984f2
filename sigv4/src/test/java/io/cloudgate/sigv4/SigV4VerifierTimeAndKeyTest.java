package io.cloudgate.sigv4;

import static io.cloudgate.sigv4.SampleRequests.PERMANENT;
import static io.cloudgate.sigv4.SampleRequests.TEMPORARY;
import static io.cloudgate.sigv4.SampleRequests.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cloudgate.sigv4.AuthenticationException.Failure;
import io.cloudgate.sigv4.SdkSigners.Key;
import io.cloudgate.sigv4.SdkSigners.Variant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Clock skew, presigned expiry, access keys and session tokens. */
class SigV4VerifierTimeAndKeyTest {

    private static final Instant NOW = Instant.parse("2013-05-24T00:30:00Z");

    private final SigV4Verifier verifier = new SigV4Verifier(Clock.fixed(NOW, ZoneOffset.UTC),
            SampleRequests.lookup());

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"HEADER", "LEGACY_HEADER"})
    void acceptsSkewOfExactlyFifteenMinutesEitherWay(Variant variant) {
        assertThat(verifier.verify(signed(variant, PERMANENT, NOW.minus(Duration.ofMinutes(15)))).accessKeyId())
                .isEqualTo(PERMANENT.accessKeyId());
        assertThat(verifier.verify(signed(variant, PERMANENT, NOW.plus(Duration.ofMinutes(15)))).accessKeyId())
                .isEqualTo(PERMANENT.accessKeyId());
    }

    @Test
    void rejectsRequestSignedMoreThanFifteenMinutesAgo() {
        SignedRequest request = signed(Variant.HEADER, PERMANENT, Instant.parse("2013-05-24T00:00:00Z"));

        assertRejected(request, Failure.REQUEST_EXPIRED, "Signature expired: 20130524T000000Z is now earlier than "
                + "20130524T001500Z (20130524T003000Z - 15 min.)");
    }

    @Test
    void rejectsRequestSignedMoreThanFifteenMinutesAhead() {
        SignedRequest request = signed(Variant.HEADER, PERMANENT, Instant.parse("2013-05-24T00:45:01Z"));

        assertRejected(request, Failure.REQUEST_EXPIRED, "Signature not yet current: 20130524T004501Z is still "
                + "later than 20130524T004500Z (20130524T003000Z + 15 min.)");
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"PRESIGNED", "LEGACY_PRESIGNED"})
    void presignedRequestIsValidUntilItsExpiry(Variant variant) {
        SignedRequest lastValidSecond = signed(variant, PERMANENT, NOW.minusSeconds(3600), Duration.ofHours(1));

        assertThat(verifier.verify(lastValidSecond).service()).isEqualTo(SampleRequests.SERVICE);
    }

    @Test
    void rejectsPresignedRequestPastItsExpiry() {
        SignedRequest request = signed(Variant.PRESIGNED, PERMANENT, NOW.minusSeconds(3601), Duration.ofHours(1));

        assertRejected(request, Failure.PRESIGNED_EXPIRED, "Signature expired: 20130523T232959Z is now earlier "
                + "than 20130523T233000Z (20130524T003000Z - 60 min.)");
    }

    @Test
    void presignedExpiryIsCountedInSecondsWhenNotWholeMinutes() {
        SignedRequest request = signed(Variant.PRESIGNED, PERMANENT, NOW.minusSeconds(91), Duration.ofSeconds(90));

        assertRejected(request, Failure.PRESIGNED_EXPIRED, "Signature expired: 20130524T002829Z is now earlier "
                + "than 20130524T002830Z (20130524T003000Z - 90 sec.)");
    }

    @Test
    void presignedRequestMayNotBeDatedBeyondTheSkewAhead() {
        SignedRequest request = signed(Variant.PRESIGNED, PERMANENT, NOW.plus(Duration.ofMinutes(16)));

        assertRejected(request, Failure.REQUEST_EXPIRED, "Signature not yet current: 20130524T004600Z is still "
                + "later than 20130524T004500Z (20130524T003000Z + 15 min.)");
    }

    @Test
    void rejectsUnknownAccessKey() {
        SignedRequest request = signed(Variant.HEADER, new Key("AKIDUNKNOWN", "whatever", null), NOW);

        assertRejected(request, Failure.UNKNOWN_ACCESS_KEY, "The security token included in the request is invalid.");
    }

    @Test
    void rejectsWrongSecret() {
        SignedRequest request = signed(Variant.HEADER, new Key(PERMANENT.accessKeyId(), "not-the-secret", null), NOW);

        assertRejected(request, Failure.SIGNATURE_MISMATCH, AwsMessages.SIGNATURE_MISMATCH);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void temporaryKeyWithItsTokenVerifiesAndReportsTheToken(Variant variant) {
        Verified verified = verifier.verify(signed(variant, TEMPORARY, NOW));

        assertThat(verified).isEqualTo(new Verified(TEMPORARY.accessKeyId(), SampleRequests.REGION,
                SampleRequests.SERVICE, TEMPORARY.sessionToken()));
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"HEADER", "PRESIGNED"})
    void temporaryKeyRequiresTheSessionToken(Variant variant) {
        SignedRequest withoutToken = signed(variant, new Key(TEMPORARY.accessKeyId(), TEMPORARY.secret(), null), NOW);

        assertRejected(withoutToken, Failure.INVALID_SESSION_TOKEN, AwsMessages.INVALID_TOKEN);
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"HEADER", "PRESIGNED"})
    void temporaryKeyRejectsAnotherToken(Variant variant) {
        Key stolenKeyOtherToken = new Key(TEMPORARY.accessKeyId(), TEMPORARY.secret(), "another-token");

        assertRejected(signed(variant, stolenKeyOtherToken, NOW), Failure.INVALID_SESSION_TOKEN,
                AwsMessages.INVALID_TOKEN);
    }

    @Test
    void permanentKeyRejectsAnyToken() {
        SignedRequest request = signed(Variant.HEADER, new Key(PERMANENT.accessKeyId(), PERMANENT.secret(), "token"),
                NOW);

        assertRejected(request, Failure.INVALID_SESSION_TOKEN, AwsMessages.INVALID_TOKEN);
    }

    @Test
    void repeatedRequestsReuseTheSigningKey() {
        SigningKeyCache cache = new SigningKeyCache(2);
        CredentialScope scope = new CredentialScope("20150830", "us-east-1", "iam", "aws4_request");

        byte[] first = cache.signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", scope);

        assertThat(cache.signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", scope)).isSameAs(first);
        // kSigning of the AWS documentation's example (IAM User Guide, "Signature Version 4 signing process").
        assertThat(Crypto.hex(first)).isEqualTo("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9");
    }

    @Test
    void signingKeyCacheStaysBounded() {
        SigningKeyCache cache = new SigningKeyCache(3);
        for (int day = 10; day < 30; day++) {
            cache.signingKey("secret", new CredentialScope("201508" + day, "us-east-1", "ec2", "aws4_request"));
        }

        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void exceptionIsCheapToThrow() {
        AuthenticationException exception = new AuthenticationException(Failure.SIGNATURE_MISMATCH, "m");

        assertThat(exception.getStackTrace()).isEmpty();
    }

    private void assertRejected(SignedRequest request, Failure kind, String message) {
        AuthenticationException failure = catchThrowableOfType(AuthenticationException.class,
                () -> verifier.verify(request));

        assertThat(failure).as("rejection").isNotNull();
        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.getMessage()).isEqualTo(message);
    }
}
