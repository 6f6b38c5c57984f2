package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An instance's life through the real AWS CLI: run, describe with filters, the CLI's waiters, stop, change the
 * instance type, start, tag, read with --query, terminate.
 */
class CliEc2Test {
    private static RunningGateway gateway;
    private static AwsCli aws;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start();
        Credentials tenant = gateway.createAccount("cli-ec2-tenant");
        aws = new AwsCli(gateway, gateway.directory().resolve("aws-cli"));
        aws.profile("tenant", tenant);
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void runDescribeStopResizeStartTagAndTerminate() {
        String image = aws.json("tenant", "ec2", "describe-images", "--owners", "amazon",
                "--filters", "Name=name,Values=al2023-ami-*-x86_64",
                "--query", "sort_by(Images, &CreationDate)[-1].ImageId").asText();
        assertThat(image).matches("ami-[0-9a-f]{17}");
        String id = launch(image, "cli-web");
        String neighbour = launch(image, "cli-batch");

        assertThat(instanceIds("Name=tag:Name,Values=cli-web", "Name=instance-state-name,Values=pending,running"))
                .containsExactly(id);
        aws.run("tenant", "ec2", "wait", "instance-running", "--instance-ids", id, neighbour).requireSuccess();
        assertThat(instanceIds("Name=tag:team,Values=blue", "Name=instance-state-name,Values=running"))
                .containsExactlyInAnyOrder(id, neighbour);
        assertThat(instanceIds("Name=tag:Name,Values=cli-*", "Name=instance-type,Values=t3.small")).isEmpty();

        ExternalTool.Outcome whileRunning = aws.run("tenant", "ec2", "modify-instance-attribute",
                "--instance-id", id, "--instance-type", "Value=t3.small");
        assertThat(whileRunning.exitCode()).as(whileRunning.describe()).isNotZero();
        assertThat(whileRunning.stderr()).contains("IncorrectInstanceState");

        JsonNode stopping = aws.json("tenant", "ec2", "stop-instances", "--instance-ids", id)
                .path("StoppingInstances").get(0);
        assertThat(stopping.path("InstanceId").asText()).isEqualTo(id);
        assertThat(stopping.path("PreviousState").path("Name").asText()).isEqualTo("running");
        assertThat(stopping.path("CurrentState").path("Name").asText()).isEqualTo("stopping");
        aws.run("tenant", "ec2", "wait", "instance-stopped", "--instance-ids", id).requireSuccess();

        aws.run("tenant", "ec2", "modify-instance-attribute", "--instance-id", id, "--instance-type",
                "Value=t3.small").requireSuccess();
        JsonNode starting = aws.json("tenant", "ec2", "start-instances", "--instance-ids", id)
                .path("StartingInstances").get(0);
        assertThat(starting.path("PreviousState").path("Name").asText()).isEqualTo("stopped");
        assertThat(starting.path("CurrentState").path("Name").asText()).isEqualTo("pending");

        // Tag while it boots: the CLI's waiter sleeps 15 s between polls, so it should find the instance running.
        aws.run("tenant", "ec2", "create-tags", "--resources", id, "--tags", "Key=env,Value=prod").requireSuccess();
        assertThat(instanceIds("Name=tag:env,Values=prod", "Name=instance-type,Values=t3.small"))
                .containsExactly(id);
        aws.run("tenant", "ec2", "wait", "instance-running", "--instance-ids", id).requireSuccess();
        JsonNode summary = aws.json("tenant", "ec2", "describe-instances", "--instance-ids", id, "--query",
                "Reservations[0].Instances[0].{Type: InstanceType, State: State.Name, Code: State.Code, "
                        + "Env: Tags[?Key=='env'] | [0].Value, Zone: Placement.AvailabilityZone}");
        assertThat(summary.path("Type").asText()).isEqualTo("t3.small");
        assertThat(summary.path("State").asText()).isEqualTo("running");
        assertThat(summary.path("Code").asInt()).isEqualTo(16);
        assertThat(summary.path("Env").asText()).isEqualTo("prod");
        assertThat(summary.path("Zone").asText()).startsWith("us-east-1");

        JsonNode terminating = aws.json("tenant", "ec2", "terminate-instances", "--instance-ids", id, neighbour)
                .path("TerminatingInstances");
        assertThat(terminating).extracting(change -> change.path("CurrentState").path("Name").asText())
                .containsOnly("shutting-down");
        assertThat(instanceIds("Name=tag:Name,Values=cli-*", "Name=instance-state-name,Values=pending,running"))
                .isEmpty();
        assertThat(instanceIds("Name=instance-state-name,Values=shutting-down,terminated"))
                .containsExactlyInAnyOrder(id, neighbour);
    }

    @Test
    void unknownInstanceIsNotFound() {
        ExternalTool.Outcome missing = aws.run("tenant", "ec2", "describe-instances", "--instance-ids",
                "i-0123456789abcdef0");
        assertThat(missing.exitCode()).as(missing.describe()).isNotZero();
        assertThat(missing.stderr()).contains("InvalidInstanceID.NotFound").contains("i-0123456789abcdef0");
    }

    private static String launch(String image, String name) {
        JsonNode instance = aws.json("tenant", "ec2", "run-instances", "--image-id", image, "--instance-type",
                "t3.micro", "--count", "1", "--tag-specifications",
                "ResourceType=instance,Tags=[{Key=Name,Value=" + name + "},{Key=team,Value=blue}]")
                .path("Instances").get(0);
        assertThat(instance.path("State").path("Name").asText()).isEqualTo("pending");
        assertThat(instance.path("InstanceType").asText()).isEqualTo("t3.micro");
        return instance.path("InstanceId").asText();
    }

    /** The ids of the instances matching every filter ("Name=...,Values=..." as the CLI writes them). */
    private static List<String> instanceIds(String... filters) {
        List<String> args = new ArrayList<>(List.of("ec2", "describe-instances",
                "--query", "Reservations[].Instances[].InstanceId", "--filters"));
        args.addAll(List.of(filters));
        JsonNode ids = aws.json("tenant", args.toArray(String[]::new));
        return StreamSupport.stream(ids.spliterator(), false).map(JsonNode::asText).toList();
    }
}
