package io.cloudgate.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cloudgate.sigv4.AuthenticationException.Failure;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SigV2 against known answers. The HmacSHA256 GET is the example of AWS's "Signature Version 2 signing
 * process" page; the other signatures were computed independently of this code with
 * {@code printf '%s' "$stringToSign" | openssl dgst -<sha1|sha256> -hmac "$secret" -binary | base64}.
 */
class SigV2VerifierTest {

    private static final String DOCS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String TEMP_SECRET = "temporary/v2+secret";
    private static final String TEMP_TOKEN = "tok/en+1=";
    private static final SecretLookup LOOKUP = accessKeyId -> switch (accessKeyId) {
        case "AKIAIOSFODNN7EXAMPLE" -> Optional.of(SigningSecret.permanent(DOCS_SECRET));
        case "AKIDV2TEMP" -> Optional.of(new SigningSecret(TEMP_SECRET, TEMP_TOKEN));
        default -> Optional.empty();
    };

    private final SigV2Verifier verifier = new SigV2Verifier(
            Clock.fixed(Instant.parse("2011-10-03T15:25:00Z"), ZoneOffset.UTC), LOOKUP);

    @Test
    void verifiesTheAwsDocumentationExample() {
        Verified verified = verifier.verify("GET", "elasticmapreduce.amazonaws.com", "/",
                docsExample("HmacSHA256", "i91nKc4PWAt0JJIdXwz9HxZCJDdiy6cf/Mj6vPxyYIs="));

        assertThat(verified).isEqualTo(new Verified("AKIAIOSFODNN7EXAMPLE", null, null, null));
    }

    @Test
    void verifiesHmacSha1() {
        Verified verified = verifier.verify("GET", "elasticmapreduce.amazonaws.com", "/",
                docsExample("HmacSHA1", "lfFHkzuzsvqoHr8bDOMDY/xAqP8="));

        assertThat(verified.accessKeyId()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void verifiesFormPostWithExpiresSessionTokenAndCharactersToEncode() {
        Verified verified = verifier.verify("POST", "LocalHost:8443", "", formPost());

        assertThat(verified).isEqualTo(new Verified("AKIDV2TEMP", null, null, TEMP_TOKEN));
    }

    @Test
    void acceptsASignatureWhosePlusSignsWereDecodedToSpaces() {
        Map<String, List<String>> params = formPost();
        params.put("Signature", List.of("iKmB0QTW dfcJuh 4AEpRo3lPztelU05UF3  mWXCkQ="));

        assertThat(verifier.verify("POST", "localhost:8443", "/", params).accessKeyId()).isEqualTo("AKIDV2TEMP");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "method|PUT",
        "host|elasticmapreduce.eu-west-1.amazonaws.com",
        "path|/other",
        "Action|DescribeJobFlowz",
        "Version|2009-03-30",
        "Signature|i91nKc4PWAt0JJIdXwz9HxZCJDdiy6cf/Mj6vPxyYIt=",
        "Signature|not base64!"
    })
    void rejectsAnyChangeToTheSignedParts(String part, String value) {
        Map<String, List<String>> params = docsExample("HmacSHA256", "i91nKc4PWAt0JJIdXwz9HxZCJDdiy6cf/Mj6vPxyYIs=");
        if (params.containsKey(part)) {
            params.put(part, List.of(value));
        }

        AuthenticationException failure = catchThrowableOfType(AuthenticationException.class, () -> verifier.verify(
                part.equals("method") ? value : "GET",
                part.equals("host") ? value : "elasticmapreduce.amazonaws.com",
                part.equals("path") ? value : "/", params));

        assertThat(failure.kind()).isEqualTo(Failure.SIGNATURE_MISMATCH);
        assertThat(failure.getMessage()).isEqualTo(AwsMessages.SIGNATURE_MISMATCH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SignatureVersion|1|MALFORMED_AUTHORIZATION|Value (1) for parameter SignatureVersion is invalid. Expected 2.",
        "SignatureMethod|HmacMD5|MALFORMED_AUTHORIZATION|Value (HmacMD5) for parameter SignatureMethod is invalid. "
                + "Expected HmacSHA256 or HmacSHA1.",
        "SignatureMethod||MALFORMED_AUTHORIZATION|The request must contain the parameter SignatureMethod",
        "Signature||MALFORMED_AUTHORIZATION|The request must contain the parameter Signature",
        "AWSAccessKeyId||MISSING_AUTHENTICATION|The request must contain the parameter AWSAccessKeyId",
        "AWSAccessKeyId|AKIDUNKNOWN|UNKNOWN_ACCESS_KEY|The security token included in the request is invalid.",
        "Timestamp|yesterday|MALFORMED_AUTHORIZATION|Value (yesterday) for parameter Timestamp is invalid.",
        "Timestamp|2011-10-03T15:09:59Z|REQUEST_EXPIRED|Signature expired: 20111003T150959Z is now earlier than "
                + "20111003T151000Z (20111003T152500Z - 15 min.)",
        "Timestamp|2011-10-03T15:40:01+00:00|REQUEST_EXPIRED|Signature not yet current: 20111003T154001Z is still "
                + "later than 20111003T154000Z (20111003T152500Z + 15 min.)",
        "Expires|2011-10-03T15:30:00Z|MALFORMED_AUTHORIZATION|The request must contain either the parameter "
                + "Timestamp or the parameter Expires, not both",
        "SecurityToken|tok|INVALID_SESSION_TOKEN|The security token included in the request is invalid."
    })
    void rejectsMalformedOrStaleParameters(String name, String value, Failure kind, String message) {
        Map<String, List<String>> params = docsExample("HmacSHA256", "i91nKc4PWAt0JJIdXwz9HxZCJDdiy6cf/Mj6vPxyYIs=");
        if (value == null) {
            params.remove(name);
        } else {
            params.put(name, List.of(value));
        }

        AuthenticationException failure = catchThrowableOfType(AuthenticationException.class,
                () -> verifier.verify("GET", "elasticmapreduce.amazonaws.com", "/", params));

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.getMessage()).isEqualTo(message);
    }

    @Test
    void temporaryKeyRequiresItsToken() {
        Map<String, List<String>> params = formPost();
        params.remove("SecurityToken");

        AuthenticationException failure = catchThrowableOfType(AuthenticationException.class,
                () -> verifier.verify("POST", "localhost:8443", "/", params));

        assertThat(failure.kind()).isEqualTo(Failure.INVALID_SESSION_TOKEN);
    }

    @Test
    void rejectsRequestPastItsExpires() {
        SigV2Verifier later = new SigV2Verifier(Clock.fixed(Instant.parse("2011-10-03T15:30:01Z"), ZoneOffset.UTC),
                LOOKUP);

        AuthenticationException failure = catchThrowableOfType(AuthenticationException.class,
                () -> later.verify("POST", "localhost:8443", "/", formPost()));

        assertThat(failure.kind()).isEqualTo(Failure.PRESIGNED_EXPIRED);
        assertThat(failure.getMessage()).isEqualTo("Request has expired. Expires date is 20111003T153000Z, now is "
                + "20111003T153001Z.");
    }

    private static Map<String, List<String>> docsExample(String signatureMethod, String signature) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("Action", List.of("DescribeJobFlows"));
        params.put("Version", List.of("2009-03-31"));
        params.put("AWSAccessKeyId", List.of("AKIAIOSFODNN7EXAMPLE"));
        params.put("SignatureVersion", List.of("2"));
        params.put("SignatureMethod", List.of(signatureMethod));
        params.put("Timestamp", List.of("2011-10-03T15:19:30"));
        params.put("Signature", List.of(signature));
        return params;
    }

    private static Map<String, List<String>> formPost() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("Version", List.of("2016-11-15"));
        params.put("TagSpecification.1.Tag.1.Value", List.of("hello world/ü*~"));
        params.put("Action", List.of("RunInstances"));
        params.put("ImageId", List.of("ami-12345678"));
        params.put("AWSAccessKeyId", List.of("AKIDV2TEMP"));
        params.put("SecurityToken", List.of(TEMP_TOKEN));
        params.put("SignatureMethod", List.of("HmacSHA256"));
        params.put("SignatureVersion", List.of("2"));
        params.put("Expires", List.of("2011-10-03T15:30:00Z"));
        params.put("Signature", List.of("iKmB0QTW+dfcJuh+4AEpRo3lPztelU05UF3++mWXCkQ="));
        return params;
    }
}
