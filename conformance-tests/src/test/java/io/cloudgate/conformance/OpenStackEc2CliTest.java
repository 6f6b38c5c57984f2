package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real AWS CLI against a gateway in OpenStack mode on a real OpenStack (see {@link OpenStackGateway}; run where
 * OpenStack's packages are installed): catalog, key pair, security group, an instance run, waited for with the CLI's
 * own waiters, filtered, tagged, stopped, started, its console read, given an elastic IP and terminated; and the
 * error a volume gets on a cloud without Cinder.
 */
class OpenStackEc2CliTest {
    private static RunningGateway gateway;
    private static AwsCli aws;

    @BeforeAll
    static void start() throws Exception {
        gateway = OpenStackGateway.start();
        aws = new AwsCli(gateway, gateway.directory().resolve("aws-cli"));
        aws.profile("tenant", gateway.createAccount("openstack-cli-tenant"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void anInstanceRunsStopsStartsAndTerminatesThroughTheCli() {
        assertThat(aws.json("tenant", "ec2", "describe-availability-zones", "--query",
                "AvailabilityZones[].ZoneName").toString()).contains("\"nova\"");
        String image = aws.json("tenant", "ec2", "describe-images", "--filters", "Name=architecture,Values=x86_64",
                "Name=name,Values=cirros-*", "--query", "Images[0].ImageId").asText();
        assertThat(image).matches("ami-[0-9a-f]{17}");
        assertThat(aws.json("tenant", "ec2", "describe-instance-types", "--instance-types", "t3.small", "--query",
                "InstanceTypes[0].MemoryInfo.SizeInMiB").asInt()).isEqualTo(2048);
        aws.run("tenant", "ec2", "create-key-pair", "--key-name", "os-cli-key").requireSuccess();
        String group = aws.json("tenant", "ec2", "create-security-group", "--group-name", "os-cli-ssh",
                "--description", "ssh").path("GroupId").asText();
        aws.run("tenant", "ec2", "authorize-security-group-ingress", "--group-id", group, "--protocol", "tcp",
                "--port", "22", "--cidr", "192.0.2.0/24").requireSuccess();

        String id = aws.json("tenant", "ec2", "run-instances", "--image-id", image, "--instance-type", "t3.micro",
                "--key-name", "os-cli-key", "--security-group-ids", group, "--tag-specifications",
                "ResourceType=instance,Tags=[{Key=Name,Value=os-cli-web}]", "--query", "Instances[0].InstanceId")
                .asText();
        aws.run("tenant", "ec2", "wait", "instance-running", "--instance-ids", id).requireSuccess();
        assertThat(instanceIds("Name=tag:Name,Values=os-cli-web", "Name=instance-state-name,Values=running"))
                .containsExactly(id);
        aws.run("tenant", "ec2", "create-tags", "--resources", id, "--tags", "Key=team,Value=blue").requireSuccess();
        assertThat(instanceIds("Name=tag:team,Values=blue", "Name=key-name,Values=os-cli-key")).containsExactly(id);
        assertThat(aws.json("tenant", "ec2", "get-console-output", "--instance-id", id, "--query", "Output")
                .asText()).contains("Cloud-init");

        aws.run("tenant", "ec2", "stop-instances", "--instance-ids", id).requireSuccess();
        aws.run("tenant", "ec2", "wait", "instance-stopped", "--instance-ids", id).requireSuccess();
        aws.run("tenant", "ec2", "start-instances", "--instance-ids", id).requireSuccess();
        aws.run("tenant", "ec2", "wait", "instance-running", "--instance-ids", id).requireSuccess();

        JsonNode address = aws.json("tenant", "ec2", "allocate-address", "--domain", "vpc");
        aws.run("tenant", "ec2", "associate-address", "--instance-id", id, "--allocation-id",
                address.path("AllocationId").asText()).requireSuccess();
        JsonNode associated = aws.json("tenant", "ec2", "describe-addresses", "--allocation-ids",
                address.path("AllocationId").asText(), "--query", "Addresses[0]");
        assertThat(associated.path("InstanceId").asText()).isEqualTo(id);
        aws.run("tenant", "ec2", "disassociate-address", "--association-id",
                associated.path("AssociationId").asText()).requireSuccess();
        aws.run("tenant", "ec2", "release-address", "--allocation-id", address.path("AllocationId").asText())
                .requireSuccess();

        ExternalTool.Outcome volume = aws.run("tenant", "ec2", "create-volume", "--availability-zone", "nova",
                "--size", "1");
        assertThat(volume.exitCode()).as(volume.describe()).isNotZero();
        assertThat(volume.stderr()).contains("InvalidParameterValue").contains("no block-storage service");

        aws.run("tenant", "ec2", "terminate-instances", "--instance-ids", id).requireSuccess();
        aws.run("tenant", "ec2", "wait", "instance-terminated", "--instance-ids", id).requireSuccess();
        aws.run("tenant", "ec2", "delete-security-group", "--group-id", group).requireSuccess();
        aws.run("tenant", "ec2", "delete-key-pair", "--key-name", "os-cli-key").requireSuccess();
    }

    private static List<String> instanceIds(String... filters) {
        List<String> command = new ArrayList<>(List.of("ec2", "describe-instances", "--query",
                "Reservations[].Instances[].InstanceId", "--filters"));
        command.addAll(List.of(filters));
        return StreamSupport.stream(aws.json("tenant", command.toArray(String[]::new)).spliterator(), false)
                .map(JsonNode::asText).toList();
    }
}
