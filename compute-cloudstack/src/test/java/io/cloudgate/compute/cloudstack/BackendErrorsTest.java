package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.cloudstack.client.CloudStackApiException;
import io.cloudgate.cloudstack.client.CloudStackUnavailableException;
import io.cloudgate.cloudstack.client.JobResult;
import io.cloudgate.cloudstack.client.Recording;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import org.junit.jupiter.api.Test;

/** The recorded error envelopes and failed jobs as port error kinds, with none of CloudStack's text. */
class BackendErrorsTest {
    private static ComputeException translate(String resource, String what) {
        JsonNode inner = Recording.load(resource).response().elements().next();
        CloudStackApiException api = CloudStackApiException.of(inner.get("errorcode").asInt(),
                inner.hasNonNull("cserrorcode") ? inner.get("cserrorcode").asInt() : null,
                inner.get("errortext").asText());
        ComputeException translated = BackendErrors.translate(api, what);
        assertThat(translated.getMessage()).doesNotContain(api.errorText()).doesNotContainIgnoringCase("cloudstack")
                .doesNotContain("Invalid parameter");
        return translated;
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(translate("recordings/errors/001-listVirtualMachines.json", "instance").kind())
                .isEqualTo(Kind.NOT_FOUND);
        assertThat(translate("recordings/errors/003-stopVirtualMachine.json", "instance").kind())
                .isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void duplicatesAlreadyExist() {
        assertThat(translate("recordings/errors/029-createSSHKeyPair.json", "key pair").kind())
                .isEqualTo(Kind.ALREADY_EXISTS);
        assertThat(translate("recordings/errors/035-createSecurityGroup.json", "security group").kind())
                .isEqualTo(Kind.ALREADY_EXISTS);
    }

    @Test
    void inUseAndStateErrors() {
        assertThat(translate("recordings/errors/057-deleteSecurityGroup.json", "security group").kind())
                .isEqualTo(Kind.IN_USE);
        assertThat(translate("recordings/errors/077-createTemplate.json", "image").kind())
                .isEqualTo(Kind.INVALID_STATE);
    }

    @Test
    void authenticationFailuresAndOutagesAreUnavailable() {
        assertThat(translate("recordings/errors/015-listZones.json", "zone").kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(BackendErrors.translate(new CloudStackUnavailableException("connect timed out to 10.0.0.5"),
                "instance")).satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
                    assertThat(e.getMessage()).doesNotContain("10.0.0.5");
                });
    }

    @Test
    void aDeployJobFailingForCapacityIsCapacity() {
        JsonNode answer = Recording.load("recordings/errors/087-queryAsyncJobResult.json").response()
                .path("queryasyncjobresultresponse");
        JobResult result = new JobResult("job", JobResult.Status.FAILED, answer.path("jobresultcode").asInt(),
                answer.get("jobresult"), null, null);
        assertThat(BackendErrors.translate(result.failure(), "instance").kind()).isEqualTo(Kind.CAPACITY);
    }

    @Test
    void limitsAreQuotasOfTheirResourceAndOthersResourcesAreNotFound() {
        assertThat(kind(535, "Maximum number of resources of type 'user_vm' for account name=a in domain id=1 has been"
                + " exceeded.")).isEqualTo(Kind.MACHINE_QUOTA);
        assertThat(kind(535, "Maximum number of resources of type 'primary_storage' for account name=a in domain"
                + " id=1 has been exceeded.")).isEqualTo(Kind.VOLUME_QUOTA);
        assertThat(kind(535, "Maximum number of resources of type 'public_ip' for account name=a in domain id=1 has"
                + " been exceeded.")).isEqualTo(Kind.ADDRESS_QUOTA);
        assertThat(kind(535, "Unable to create a deployment for VM")).isEqualTo(Kind.CAPACITY);
        assertThat(kind(531, "Acct[a] does not have permission to operate with resource")).isEqualTo(Kind.NOT_FOUND);
        assertThat(kind(533, "Insufficient address capacity: requested ip 10.0.0.100 is not available"))
                .isEqualTo(Kind.INVALID_ARGUMENT);
        assertThat(kind(431, "VM x must be stopped prior to update security groups")).isEqualTo(Kind.INVALID_STATE);
    }

    private static Kind kind(int code, String text) {
        return BackendErrors.translate(CloudStackApiException.of(code, 9999, text), "instance").kind();
    }
}
