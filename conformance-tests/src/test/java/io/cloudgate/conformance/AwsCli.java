package io.cloudgate.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real AWS CLI pointed at a running gateway, with its own credentials and config files holding
 * named profiles, so nothing from the developer's ~/.aws or environment takes part.
 */
final class AwsCli {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final RunningGateway gateway;
    private final Path credentialsFile;
    private final Path configFile;
    private final ExternalTool tool;
    private final Map<String, Credentials> profiles = new LinkedHashMap<>();

    AwsCli(RunningGateway gateway, Path directory) throws IOException {
        this.gateway = gateway;
        Files.createDirectories(directory);
        this.credentialsFile = directory.resolve("credentials");
        this.configFile = directory.resolve("config");
        this.tool = new ExternalTool(directory, Map.of(
                "AWS_SHARED_CREDENTIALS_FILE", credentialsFile.toString(),
                "AWS_CONFIG_FILE", configFile.toString(),
                "AWS_DEFAULT_REGION", "us-east-1",
                "AWS_EC2_METADATA_DISABLED", "true"));
        writeFiles();
    }

    /** Adds or replaces a named profile in the CLI's credentials and config files. */
    void profile(String name, Credentials credentials) {
        profiles.put(name, credentials);
        writeFiles();
    }

    /** Runs {@code aws <args> --profile <profile>} against the gateway, whatever the outcome. */
    ExternalTool.Outcome run(String profile, String... args) {
        List<String> command = new ArrayList<>(List.of("aws"));
        command.addAll(List.of(args));
        command.addAll(List.of("--profile", profile, "--endpoint-url", gateway.endpoint().toString(),
                "--output", "json"));
        return tool.run(TIMEOUT, command);
    }

    /** Runs a command that must succeed and returns its JSON output (an empty object when it prints nothing). */
    JsonNode json(String profile, String... args) {
        ExternalTool.Outcome outcome = run(profile, args).requireSuccess();
        try {
            return outcome.stdout().isBlank() ? JSON.createObjectNode() : JSON.readTree(outcome.stdout());
        } catch (IOException e) {
            throw new AssertionError("output is not JSON: " + outcome.describe(), e);
        }
    }

    private void writeFiles() {
        StringBuilder credentials = new StringBuilder();
        StringBuilder config = new StringBuilder("[default]\nregion = us-east-1\noutput = json\n");
        profiles.forEach((name, key) -> {
            credentials.append('[').append(name).append("]\n")
                    .append("aws_access_key_id = ").append(key.accessKeyId()).append('\n')
                    .append("aws_secret_access_key = ").append(key.secretAccessKey()).append('\n');
            if (key.sessionToken() != null) {
                credentials.append("aws_session_token = ").append(key.sessionToken()).append('\n');
            }
            if (!name.equals("default")) {
                config.append("[profile ").append(name).append("]\nregion = us-east-1\noutput = json\n");
            }
        });
        try {
            Files.writeString(credentialsFile, credentials);
            Files.writeString(configFile, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
