package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real terraform binary working in a directory of its own. Providers come only from the local
 * mirror /opt/tf-plugins (the CLI config forbids any download of hashicorp/aws), and checkpoint calls
 * and interactive prompts are switched off.
 */
final class Terraform {
    static final Path PLUGIN_MIRROR = Path.of("/opt/tf-plugins");

    private static final String CLI_CONFIG = """
            provider_installation {
              filesystem_mirror {
                path    = "%s"
                include = ["registry.terraform.io/hashicorp/aws"]
              }
              direct {
                exclude = ["registry.terraform.io/hashicorp/aws"]
              }
            }
            """;

    private final ExternalTool tool;

    /** A terraform whose working directory is workingDirectory; variables go in as TF_VAR_ environment. */
    Terraform(Path workingDirectory, Map<String, String> variables) throws IOException {
        Path home = Files.createDirectories(workingDirectory.resolve(".terraform-home"));
        Path cliConfig = home.resolve("terraform.rc");
        Files.writeString(cliConfig, CLI_CONFIG.formatted(PLUGIN_MIRROR));
        Map<String, String> environment = new HashMap<>(Map.of(
                "TF_CLI_CONFIG_FILE", cliConfig.toString(),
                "TF_DATA_DIR", home.resolve("data").toString(),
                "TF_IN_AUTOMATION", "1",
                "TF_INPUT", "0",
                "CHECKPOINT_DISABLE", "1",
                // The provider must take its credentials from the configuration, not from ambient files.
                "AWS_CONFIG_FILE", home.resolve("no-aws-config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", home.resolve("no-aws-credentials").toString()));
        variables.forEach((name, value) -> environment.put("TF_VAR_" + name, value));
        this.tool = new ExternalTool(workingDirectory, environment);
    }

    /**
     * A terraform for one of the test stacks (src/test/resources/terraform/STACK/main.tf, beside terraform/common.tf)
     * in a directory of the gateway's, signed in as the tenant, with the stack's other variables.
     */
    static Terraform forStack(RunningGateway gateway, RunningGateway.Credentials tenant, String stack,
                              Map<String, String> otherVariables) throws IOException {
        assertThat(PLUGIN_MIRROR.resolve("registry.terraform.io/hashicorp/aws/5.100.0"))
                .as("the local provider mirror").isDirectory();
        Path workingDirectory = Files.createDirectories(gateway.directory().resolve("terraform-" + stack));
        TestResources.copy("terraform/common.tf", workingDirectory.resolve("common.tf"));
        TestResources.copy("terraform/" + stack + "/main.tf", workingDirectory.resolve("main.tf"));
        Map<String, String> variables = new HashMap<>(otherVariables);
        variables.put("endpoint", gateway.endpoint().toString());
        variables.put("access_key", tenant.accessKeyId());
        variables.put("secret_key", tenant.secretAccessKey());
        return new Terraform(workingDirectory, variables);
    }

    /** Runs {@code terraform <args> -no-color}, killing it after the timeout. */
    ExternalTool.Outcome run(Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of("terraform"));
        command.addAll(List.of(args));
        command.add("-no-color");
        return tool.run(timeout, command);
    }
}
