package io.cloudgate.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the credential before verification, and the scope checks. */
class SigV4CredentialTest {

    private static final SigV4Credential IAM = new SigV4Credential("AKID",
            new CredentialScope("20150830", "us-east-1", "iam", "aws4_request"));

    @Test
    void readsTheAuthorizationHeader() {
        SignedRequest request = request("", "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");

        assertThat(SigV4Credential.of(request)).contains(IAM);
        assertThat(IAM.service()).isEqualTo("iam");
        assertThat(IAM.region()).isEqualTo("us-east-1");
        assertThat(IAM.date()).isEqualTo("20150830");
    }

    @Test
    void readsThePresignedQuery() {
        SignedRequest request = request("Action=ListUsers&X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKID%2F20150830%2Fus-east-1%2Fiam%2Faws4_request&X-Amz-Date=20150830T123600Z", null);

        assertThat(SigV4Credential.of(request)).contains(IAM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AWS4-HMAC-SHA256 SignedHeaders=host", "AWS AKID:signature",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/aws4_request, SignedHeaders=host",
        "AWS4-HMAC-SHA256 Credential=AKID//us-east-1/iam/aws4_request",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam/aws4_request/",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam/aws4_request/extra",
        "AWS4-HMAC-SHA256 Credential=/20150830/us-east-1/iam/aws4_request"})
    void emptyWithoutAWellFormedCredential(String authorization) {
        assertThat(SigV4Credential.of(request("Action=ListUsers", authorization.isEmpty() ? null : authorization)))
                .isEmpty();
    }

    @Test
    void scopeFitsARequestOfTheSameDay() {
        assertThat(IAM.scope().scopeError("20150830T235959Z")).isEmpty();
        assertThat(IAM.scope().value()).isEqualTo("20150830/us-east-1/iam/aws4_request");
    }

    @Test
    void scopeOfAnotherDayIsAnError() {
        assertThat(IAM.scope().scopeError("20150831T000000Z")).contains("Date in Credential scope does not match "
                + "YYYYMMDD from ISO-8601 version of date from HTTP: '20150830' != '20150831', from "
                + "'20150831T000000Z'.");
    }

    @Test
    void scopeMustEndInAws4Request() {
        CredentialScope scope = new CredentialScope("20150830", "us-east-1", "iam", "aws4_requests");

        assertThat(scope.scopeError("20150830T123600Z")).contains("Credential should be scoped with a valid "
                + "terminator: 'aws4_request', not 'aws4_requests'.");
    }

    private static SignedRequest request(String rawQuery, String authorization) {
        Map<String, List<String>> headers = authorization == null
                ? Map.of("host", List.of("iam.amazonaws.com"))
                : Map.of("host", List.of("iam.amazonaws.com"), "authorization", List.of(authorization));
        return new SignedRequest("GET", "/", rawQuery, headers, null);
    }

    @Test
    void parseNeedsFiveNonEmptyParts() {
        assertThat(SigV4Credential.parse("AKID/20150830/us-east-1/iam/aws4_request")).contains(IAM);
        assertThat(SigV4Credential.parse("AKID/20150830/us-east-1/iam/aws4_request/extra")).isEqualTo(Optional.empty());
    }
}
