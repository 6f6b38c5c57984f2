package io.cloudgate.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one boto3 script of the test resources (resources/boto3/) against a gateway as a tenant and reads the JSON
 * summary it prints. The script finds the gateway and keys in CLOUDGATE_* variables; boto3 is pointed at files that
 * do not exist so that no ambient configuration takes part.
 */
final class Boto3Script {
    private Boto3Script() {
    }

    /**
     * @param resource the script under resources/boto3, e.g. "ec2_waiters.py"
     * @param extraEnvironment variables the script needs beyond endpoint and keys
     */
    static JsonNode run(RunningGateway gateway, Credentials tenant, String resource, Duration timeout,
                        Map<String, String> extraEnvironment) throws Exception {
        Path directory = gateway.directory().resolve("boto3-" + resource.replace(".py", ""));
        Path script = TestResources.copy("boto3/" + resource, directory.resolve(resource));
        Map<String, String> environment = new HashMap<>(extraEnvironment);
        environment.putAll(Map.of(
                "CLOUDGATE_ENDPOINT", gateway.endpoint().toString(),
                "CLOUDGATE_ACCESS_KEY_ID", tenant.accessKeyId(),
                "CLOUDGATE_SECRET_ACCESS_KEY", tenant.secretAccessKey(),
                "AWS_CONFIG_FILE", directory.resolve("no-config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", directory.resolve("no-credentials").toString(),
                "AWS_EC2_METADATA_DISABLED", "true"));
        ExternalTool.Outcome outcome = new ExternalTool(directory, environment)
                .run(timeout, List.of("python3", script.toString())).requireSuccess();
        return new ObjectMapper().readTree(outcome.stdout());
    }
}
