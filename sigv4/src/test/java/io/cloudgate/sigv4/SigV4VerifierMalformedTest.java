package io.cloudgate.sigv4;

import static io.cloudgate.sigv4.SampleRequests.PERMANENT;
import static io.cloudgate.sigv4.SampleRequests.signed;
import static io.cloudgate.sigv4.SampleRequests.withBody;
import static io.cloudgate.sigv4.SampleRequests.withHeader;
import static io.cloudgate.sigv4.SampleRequests.withQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cloudgate.sigv4.AuthenticationException.Failure;
import io.cloudgate.sigv4.SdkSigners.Variant;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests whose signature fields are missing or malformed, and payload hash handling. */
class SigV4VerifierMalformedTest {

    private static final Instant NOW = Instant.parse("2015-08-30T12:36:00Z");
    private static final String SCOPE = "AKIDPERMANENT/20150830/us-east-1/ec2/aws4_request";

    private final SigV4Verifier verifier = new SigV4Verifier(Clock.fixed(NOW, ZoneOffset.UTC),
            SampleRequests.lookup());
    private final SignedRequest headerSigned = signed(Variant.HEADER, PERMANENT, NOW);
    private final SignedRequest presigned = signed(Variant.PRESIGNED, PERMANENT, NOW);

    @Test
    void requestWithoutAnySignatureIsMissingAuthentication() {
        SignedRequest request = new SignedRequest("GET", "/", "Action=DescribeRegions",
                Map.of("host", List.of("ec2.us-east-1.amazonaws.com")), null);

        assertRejected(request, Failure.MISSING_AUTHENTICATION, "Request is missing Authentication Token");
    }

    @Test
    void listsEveryMissingAuthorizationComponent() {
        SignedRequest request = withHeader(withHeader(headerSigned, "x-amz-date", null), "authorization",
                "AWS4-HMAC-SHA256 SignedHeaders=host");

        assertRejected(request, Failure.MALFORMED_AUTHORIZATION, "Authorization header requires 'Credential' "
                + "parameter. Authorization header requires 'Signature' parameter. Authorization header requires "
                + "existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256 "
                + "SignedHeaders=host");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AWS4-HMAC-SHA512 Credential=x|Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512'",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1, SignedHeaders=host, " + "Signature=00"
                + "|Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, "
                + "got 'AKID/20150830/us-east-1'",
        "AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=host, Signature"
                + "|'Signature' not a valid key=value pair (missing equal-sign) in Authorization header: "
                + "'AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=host, Signature'.",
        "AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=x-amz-date, Signature=00"
                + "|'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
        "AWS4-HMAC-SHA256 Credential=AKIDPERMANENT/20150830/us-east-1/ec2/aws5_request, SignedHeaders=host, "
                + "Signature=00|Credential should be scoped with a valid terminator: 'aws4_request', not "
                + "'aws5_request'.",
        "AWS4-HMAC-SHA256 Credential=AKIDPERMANENT/20150831/us-east-1/ec2/aws4_request, SignedHeaders=host, "
                + "Signature=00|Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date "
                + "from HTTP: '20150831' != '20150830', from '20150830T123600Z'."
    })
    void malformedAuthorizationHeader(String authorization, String message) {
        assertRejected(withHeader(headerSigned, "authorization", authorization), Failure.MALFORMED_AUTHORIZATION,
                message);
    }

    @Test
    void xAmzDateMustBeInBasicFormat() {
        SignedRequest request = withHeader(headerSigned, "x-amz-date", "2015-08-30T12:36:00Z");

        assertRejected(request, Failure.MALFORMED_AUTHORIZATION, "Date must be in ISO-8601 'basic format'. Got "
                + "'2015-08-30T12:36:00Z'. See http://en.wikipedia.org/wiki/ISO_8601");
    }

    @Test
    void dateHeaderSignsWhenThereIsNoXAmzDate() {
        // get-vanilla of the 2011 edition of AWS's test suite (as in botocore's aws4_testsuite).
        SignedRequest request = new SignedRequest("GET", "/", "", Map.of(
                "date", List.of("Mon, 09 Sep 2011 23:36:00 GMT"),
                "host", List.of("host.foo.com"),
                "authorization", List.of("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20110909/us-east-1/host/aws4_request, "
                        + "SignedHeaders=date;host, Signature=b27ccfbfa7df52a200ff74193ca6e32d4b48b8856fab7ebf1c595d0670a7e470")),
                null);
        SigV4Verifier at2011 = new SigV4Verifier(Clock.fixed(Instant.parse("2011-09-09T23:36:00Z"), ZoneOffset.UTC),
                key -> Optional.of(SigningSecret.permanent("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")));

        assertThat(at2011.verify(request)).isEqualTo(new Verified("AKIDEXAMPLE", "us-east-1", "host", null));
    }

    @Test
    void headerAndQueryAuthenticationTogetherAreRejected() {
        SignedRequest request = withHeader(presigned, "authorization", headerSigned.firstHeader("authorization"));

        assertRejected(request, Failure.MALFORMED_AUTHORIZATION, "Only one auth mechanism allowed; only the "
                + "X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header "
                + "should be specified");
    }

    @Test
    void presignedRequestListsMissingParameters() {
        SignedRequest request = withQuery(presigned, "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20150830T123600Z");

        assertRejected(request, Failure.MALFORMED_AUTHORIZATION, "AWS query-string parameters must include "
                + "'X-Amz-Credential'. AWS query-string parameters must include 'X-Amz-Signature'. AWS query-string "
                + "parameters must include 'X-Amz-SignedHeaders'. AWS query-string parameters must include "
                + "'X-Amz-Expires'. Re-examine the query-string parameters.");
    }

    @Test
    void presignedAlgorithmMustBeHmacSha256() {
        SignedRequest request = withQuery(presigned,
                presigned.rawQuery().replace("X-Amz-Algorithm=AWS4-HMAC-SHA256", "X-Amz-Algorithm=AWS4-ECDSA-P256-SHA256"));

        assertRejected(request, Failure.MALFORMED_AUTHORIZATION, "X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc|X-Amz-Expires should be a number",
        "0|X-Amz-Expires must be at least 1 second, got 0",
        "-5|X-Amz-Expires must be at least 1 second, got -5",
        "604801|X-Amz-Expires must be less than a week (in seconds) that is, the given X-Amz-Expires must be less "
                + "than 604800 seconds"
    })
    void presignedExpiresMustBeBetweenOneSecondAndAWeek(String expires, String message) {
        SignedRequest request = withQuery(presigned, presigned.rawQuery().replace("X-Amz-Expires=3600",
                "X-Amz-Expires=" + expires));

        assertRejected(request, Failure.MALFORMED_AUTHORIZATION, message);
    }

    @Test
    void declaredPayloadHashMustMatchTheBody() {
        assertThat(headerSigned.firstHeader("x-amz-content-sha256")).as("the SDK declares the hash").isNotNull();

        assertRejected(withBody(headerSigned, "Action=TerminateInstances".getBytes(StandardCharsets.UTF_8)),
                Failure.SIGNATURE_MISMATCH, "The provided 'x-amz-content-sha256' header does not match what was "
                        + "computed.");
    }

    @Test
    void undeclaredPayloadHashIsComputedFromTheBody() {
        SignedRequest legacy = signed(Variant.LEGACY_HEADER, PERMANENT, NOW);
        assertThat(legacy.firstHeader("x-amz-content-sha256")).as("the legacy signer declares no hash").isNull();
        assertThat(verifier.verify(legacy).accessKeyId()).isEqualTo(PERMANENT.accessKeyId());

        assertRejected(withBody(legacy, "Action=TerminateInstances".getBytes(StandardCharsets.UTF_8)),
                Failure.SIGNATURE_MISMATCH, AwsMessages.SIGNATURE_MISMATCH);
    }

    @Test
    void unsignedPayloadLeavesTheBodyOutOfTheSignature() {
        SignedRequest unsigned = signed(Variant.HEADER_UNSIGNED_PAYLOAD, PERMANENT, NOW);

        Verified verified = verifier.verify(withBody(unsigned, "anything".getBytes(StandardCharsets.UTF_8)));

        assertThat(unsigned.firstHeader("x-amz-content-sha256")).isEqualTo("UNSIGNED-PAYLOAD");
        assertThat(verified.accessKeyId()).isEqualTo(PERMANENT.accessKeyId());
    }

    @Test
    void streamingPayloadIsNotSupported() {
        SignedRequest request = withHeader(headerSigned, "x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD");

        assertRejected(request, Failure.MALFORMED_AUTHORIZATION,
                "x-amz-content-sha256 must be UNSIGNED-PAYLOAD or a valid sha256 value.");
    }

    private void assertRejected(SignedRequest request, Failure kind, String message) {
        AuthenticationException failure = catchThrowableOfType(AuthenticationException.class,
                () -> verifier.verify(request));

        assertThat(failure).as("rejection").isNotNull();
        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.getMessage()).isEqualTo(message);
    }
}
