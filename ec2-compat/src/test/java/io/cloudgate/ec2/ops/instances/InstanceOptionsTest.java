package io.cloudgate.ec2.ops.instances;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.testing.Ec2Testbed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.DescribeCapacityReservationsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeCapacityReservationsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceCreditSpecificationsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceCreditSpecificationsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceStatusRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceStatusResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSpotInstanceRequestsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSpotInstanceRequestsResponse;
import software.amazon.awssdk.services.ec2.model.GetConsoleOutputRequest;
import software.amazon.awssdk.services.ec2.model.GetConsoleOutputResponse;
import software.amazon.awssdk.services.ec2.model.InstanceCreditSpecification;
import software.amazon.awssdk.services.ec2.model.InstanceStatus;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceCreditSpecificationRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceCreditSpecificationResponse;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMaintenanceOptionsRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMetadataOptionsRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMetadataOptionsResponse;
import software.amazon.awssdk.services.ec2.model.MonitorInstancesRequest;
import software.amazon.awssdk.services.ec2.model.MonitorInstancesResponse;
import software.amazon.awssdk.services.ec2.model.UnmonitorInstancesRequest;

class InstanceOptionsTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final InstanceCalls calls = new InstanceCalls(bed);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void statusChecksPassOnceRunning() {
        String instanceId = calls.run(bed.tenant(), request -> { }).instances().getFirst().instanceId();
        assertThat(status(r -> { }).instanceStatuses()).isEmpty();
        InstanceStatus pending = status(r -> r.includeAllInstances(true)).instanceStatuses().getFirst();
        assertThat(pending.instanceState().nameAsString()).isEqualTo("pending");
        assertThat(pending.instanceStatus().statusAsString()).isEqualTo("not-applicable");
        bed.clock.advance(Duration.ofSeconds(3));
        InstanceStatus running = status(r -> r.instanceIds(instanceId)).instanceStatuses().getFirst();
        assertThat(running.instanceStatus().statusAsString()).isEqualTo("ok");
        assertThat(running.systemStatus().statusAsString()).isEqualTo("ok");
        assertThat(running.instanceStatus().details().getFirst().statusAsString()).isEqualTo("passed");
        assertThat(running.availabilityZone()).isEqualTo(calls.instance(bed.tenant(), instanceId).placement()
                .availabilityZone());
        assertThat(status(r -> r.filters(f -> f.name("instance-status.status").values("impaired")))
                .instanceStatuses()).isEmpty();
        errorCode(() -> status(r -> r.instanceIds("i-00000000000000000")), "InvalidInstanceID.NotFound");
    }

    @Test
    void creditSpecificationsOfBurstableInstances() {
        String t3 = calls.running(bed.tenant(), request -> { });
        String t2 = calls.running(bed.tenant(), request -> request.instanceType("t2.micro"));
        String m5 = calls.running(bed.tenant(), request -> request.instanceType("m5.large"));
        assertThat(credits(r -> { }).instanceCreditSpecifications())
                .extracting(InstanceCreditSpecification::instanceId, InstanceCreditSpecification::cpuCredits)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(t3, "unlimited"),
                        org.assertj.core.groups.Tuple.tuple(t2, "standard"));
        errorCode(() -> credits(r -> r.instanceIds(m5)), "InstanceCreditSpecification.NotSupported");

        ModifyInstanceCreditSpecificationResponse modified = calls.call("ModifyInstanceCreditSpecification",
                ModifyInstanceCreditSpecificationRequest.builder().instanceCreditSpecifications(
                        c -> c.instanceId(t3).cpuCredits("standard"),
                        c -> c.instanceId(m5).cpuCredits("standard"),
                        c -> c.instanceId("i-00000000000000000").cpuCredits("standard")).build(), bed.tenant());
        assertThat(modified.successfulInstanceCreditSpecifications()).singleElement()
                .satisfies(item -> assertThat(item.instanceId()).isEqualTo(t3));
        assertThat(modified.unsuccessfulInstanceCreditSpecifications())
                .extracting(item -> item.error().codeAsString())
                .containsExactly("InstanceCreditSpecification.NotSupported", "InvalidInstanceID.NotFound");
        assertThat(credits(r -> r.instanceIds(t3)).instanceCreditSpecifications().getFirst().cpuCredits())
                .isEqualTo("standard");
    }

    @Test
    void metadataMaintenanceAndMonitoringOptions() {
        String instanceId = calls.running(bed.tenant(), request -> { });
        assertThat(calls.instance(bed.tenant(), instanceId).metadataOptions().httpTokensAsString())
                .isEqualTo("optional");
        ModifyInstanceMetadataOptionsResponse metadata = calls.call("ModifyInstanceMetadataOptions",
                ModifyInstanceMetadataOptionsRequest.builder().instanceId(instanceId).httpTokens("required")
                        .httpPutResponseHopLimit(3).build(), bed.tenant());
        assertThat(metadata.instanceMetadataOptions().stateAsString()).isEqualTo("pending");
        var options = calls.instance(bed.tenant(), instanceId).metadataOptions();
        assertThat(options.httpTokensAsString()).isEqualTo("required");
        assertThat(options.httpPutResponseHopLimit()).isEqualTo(3);
        assertThat(options.stateAsString()).isEqualTo("applied");
        errorCode(() -> calls.call("ModifyInstanceMetadataOptions", ModifyInstanceMetadataOptionsRequest.builder()
                .instanceId(instanceId).httpPutResponseHopLimit(65).build(), bed.tenant()), "InvalidParameterValue");

        calls.call("ModifyInstanceMaintenanceOptions", ModifyInstanceMaintenanceOptionsRequest.builder()
                .instanceId(instanceId).autoRecovery("disabled").build(), bed.tenant());
        assertThat(calls.instance(bed.tenant(), instanceId).maintenanceOptions().autoRecoveryAsString())
                .isEqualTo("disabled");

        MonitorInstancesResponse monitored = calls.call("MonitorInstances",
                MonitorInstancesRequest.builder().instanceIds(instanceId).build(), bed.tenant());
        assertThat(monitored.instanceMonitorings().getFirst().monitoring().stateAsString()).isEqualTo("pending");
        assertThat(calls.instance(bed.tenant(), instanceId).monitoring().stateAsString()).isEqualTo("enabled");
        calls.call("UnmonitorInstances", UnmonitorInstancesRequest.builder().instanceIds(instanceId).build(),
                bed.tenant());
        assertThat(calls.instance(bed.tenant(), instanceId).monitoring().stateAsString()).isEqualTo("disabled");
    }

    @Test
    void consoleOutputIsBase64() {
        String instanceId = calls.running(bed.tenant(), request -> { });
        GetConsoleOutputResponse console = calls.call("GetConsoleOutput",
                GetConsoleOutputRequest.builder().instanceId(instanceId).build(), bed.tenant());
        assertThat(console.instanceId()).isEqualTo(instanceId);
        assertThat(new String(Base64.getDecoder().decode(console.output()), StandardCharsets.UTF_8)).isNotBlank();
        errorCode(() -> calls.call("GetConsoleOutput", GetConsoleOutputRequest.builder().instanceId(instanceId)
                .build(), bed.other()), "InvalidInstanceID.NotFound");
    }

    @Test
    void spotRequestsAndCapacityReservationsAreNone() {
        DescribeSpotInstanceRequestsResponse spot = calls.call("DescribeSpotInstanceRequests",
                DescribeSpotInstanceRequestsRequest.builder().build(), bed.tenant());
        assertThat(spot.spotInstanceRequests()).isEmpty();
        DescribeCapacityReservationsResponse reservations = calls.call("DescribeCapacityReservations",
                DescribeCapacityReservationsRequest.builder().build(), bed.tenant());
        assertThat(reservations.capacityReservations()).isEmpty();
        errorCode(() -> calls.call("DescribeSpotInstanceRequests", DescribeSpotInstanceRequestsRequest.builder()
                .spotInstanceRequestIds("sir-12345678").build(), bed.tenant()), "InvalidSpotInstanceRequestID.NotFound");
    }

    private DescribeInstanceStatusResponse status(
            java.util.function.Consumer<DescribeInstanceStatusRequest.Builder> request) {
        DescribeInstanceStatusRequest.Builder builder = DescribeInstanceStatusRequest.builder();
        request.accept(builder);
        return calls.call("DescribeInstanceStatus", builder.build(), bed.tenant());
    }

    private DescribeInstanceCreditSpecificationsResponse credits(
            java.util.function.Consumer<DescribeInstanceCreditSpecificationsRequest.Builder> request) {
        DescribeInstanceCreditSpecificationsRequest.Builder builder = DescribeInstanceCreditSpecificationsRequest
                .builder();
        request.accept(builder);
        return calls.call("DescribeInstanceCreditSpecifications", builder.build(), bed.tenant());
    }
}
