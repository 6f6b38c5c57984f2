package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command: the packaged jar starts, prints the export line that makes the aws CLI work,
 * and keeps its accounts and keys across a restart.
 */
class PackagedGatewayTest {
    private static final Path JAR = Path.of("..", "gateway", "target", "cloudgate.jar").toAbsolutePath().normalize();
    private static final Pattern LISTENING = Pattern.compile("cloudgate listening on (http://\\S+)");
    private static final Pattern EXPORT = Pattern.compile("export AWS_SHARED_CREDENTIALS_FILE=(\\S+) AWS_CONFIG_FILE=(\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void printedExportLineMakesTheCliWorkAndStateSurvivesARestart() throws Exception {
        assertThat(JAR).as("built by the gateway module's package phase").exists();
        Banner first = startAndStop();
        JsonNode firstIdentity = first.identity();
        assertThat(firstIdentity.get("Arn").asText()).isEqualTo("arn:aws:iam::" + firstIdentity.get("Account").asText()
                + ":root");
        assertThat(Files.readString(Path.of(first.credentialsFile()))).contains("aws_access_key_id = AKIA");

        Banner second = startAndStop();
        assertThat(second.credentialsFile()).isEqualTo(first.credentialsFile());
        assertThat(second.identity().get("Account").asText()).isEqualTo(firstIdentity.get("Account").asText());
        assertThat(Files.readString(directory.resolve("data").resolve("access.log")))
                .contains("service=sts operation=GetCallerIdentity status=200");
    }

    /** Starts the jar, waits for its banner, runs `aws sts get-caller-identity` as printed, then stops it with SIGTERM. */
    private Banner startAndStop() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process gateway = new ProcessBuilder(java, "-jar", JAR.toString(), "--port", "0", "--dns-port", "0",
                "--data-dir", directory.resolve("data").toString(),
                "--master-key-file", directory.resolve("master.key").toString())
                .redirectError(directory.resolve("gateway.err").toFile())
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(gateway.getInputStream(), StandardCharsets.UTF_8));
            String endpoint = null;
            Matcher export = null;
            for (String line = out.readLine(); line != null && export == null; line = out.readLine()) {
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    endpoint = listening.group(1);
                }
                Matcher exportLine = EXPORT.matcher(line);
                if (exportLine.find()) {
                    export = exportLine;
                }
            }
            assertThat(export).as("export line; stderr: %s", Files.readString(directory.resolve("gateway.err")))
                    .isNotNull();
            Map<String, String> environment = new HashMap<>();
            environment.put("AWS_SHARED_CREDENTIALS_FILE", export.group(1));
            environment.put("AWS_CONFIG_FILE", export.group(2));
            ExternalTool.Outcome cli = new ExternalTool(directory, environment).run(Duration.ofSeconds(60),
                    List.of("aws", "--endpoint-url", endpoint, "sts", "get-caller-identity", "--output", "json"))
                    .requireSuccess();
            return new Banner(export.group(1), JSON.readTree(cli.stdout()));
        } finally {
            gateway.destroy();
            assertThat(gateway.waitFor(30, TimeUnit.SECONDS)).as("graceful stop on SIGTERM").isTrue();
        }
    }

    private record Banner(String credentialsFile, JsonNode identity) {
    }
}
