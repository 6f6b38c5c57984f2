package io.cloudgate.conformance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the `aws elb` and `aws elbv2` scenarios share: a gateway on the chosen data plane, a tenant's CLI profile
 * ("tenant"), instances of the embedded web-server image, curl through a balancer's DNS name, and waiting for
 * health to settle.
 */
final class CliElbFixture implements AutoCloseable {
    static final String PROFILE = "tenant";
    private static final Duration WAIT = Duration.ofSeconds(40);

    final RunningGateway gateway;
    final AwsCli aws;
    private final ExternalTool curl;
    private final int lbPortOffset;

    private CliElbFixture(RunningGateway gateway, AwsCli aws, int lbPortOffset) {
        this.gateway = gateway;
        this.aws = aws;
        this.curl = new ExternalTool(gateway.directory(), Map.of());
        this.lbPortOffset = lbPortOffset;
    }

    static CliElbFixture start(ElbDataPlane dataPlane, int lbPortOffset, int webServerPortOffset, String tenant)
            throws Exception {
        RunningGateway gateway = dataPlane.startGateway(lbPortOffset, webServerPortOffset);
        AwsCli aws = new AwsCli(gateway, gateway.directory().resolve("aws-cli"));
        aws.profile(PROFILE, gateway.createAccount(tenant));
        return new CliElbFixture(gateway, aws, lbPortOffset);
    }

    /** Runs instances of the web-server image; extra run-instances arguments such as a placement. */
    List<String> runWebServers(int count, String... extraArgs) {
        String image = aws.json(PROFILE, "ec2", "describe-images", "--owners", "amazon", "--filters",
                "Name=name,Values=cloudgate-webserver-1.0.0-x86_64", "--query", "Images[0].ImageId").asText();
        List<String> command = new ArrayList<>(List.of("ec2", "run-instances", "--image-id", image,
                "--instance-type", "t3.micro", "--count", String.valueOf(count), "--query", "Instances[].InstanceId"));
        command.addAll(List.of(extraArgs));
        List<String> instances = new ArrayList<>();
        aws.json(PROFILE, command.toArray(String[]::new)).forEach(id -> instances.add(id.asText()));
        return instances;
    }

    /**
     * curl (response headers and body) through the balancer's DNS name pinned to the address the gateway's DNS gave
     * for it, on the listener configured for port 80.
     */
    String curl(String dnsName, String address) {
        int port = 80 + lbPortOffset;
        ExternalTool.Outcome outcome = curl.run(Duration.ofSeconds(20), List.of("curl", "-sS", "--fail",
                "--max-time", "5", "-D", "-", "--resolve", dnsName + ":" + port + ":" + address,
                "http://" + dnsName + ":" + port + "/"));
        outcome.requireSuccess();
        return outcome.stdout();
    }

    /** The instance that answered curl through the balancer, as the web-server image names itself. */
    String answeringInstance(String dnsName, String address) {
        String response = curl(dnsName, address);
        return response.lines().filter(line -> line.toLowerCase().startsWith("x-cloudgate-instance:"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst()
                .orElseThrow(() -> new AssertionError("no instance header in " + response));
    }

    /** Reads until the condition holds (a second apart), failing with the last reading after 40 seconds. */
    static <T> T await(Supplier<T> read, Predicate<T> condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            T value = read.get();
            if (condition.test(value)) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " never reached the expected state: " + value);
            }
            Thread.sleep(1000);
        }
    }

    @Override
    public void close() throws Exception {
        gateway.close();
    }
}
