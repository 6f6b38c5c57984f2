package io.cloudgate.gateway;

import io.cloudgate.compute.embedded.EmbeddedSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@link GatewayConfig} from "--name value" arguments, falling back to CLOUDGATE_NAME
 * environment variables, then to defaults.
 */
public final class CommandLine {
    static final String USAGE = """
            Usage: java -jar cloudgate.jar [options]   (each option also as environment variable CLOUDGATE_<NAME>)
              --port N                  listen port (default 4566)
              --bind ADDRESS            listen address (default 127.0.0.1)
              --data-dir DIR            state directory (default ./data)
              --region NAME             region reported to clients (default us-east-1)
              --master-key-file FILE    key encrypting stored secrets (default ~/.cloudgate/master.key)
              --max-body-bytes N        largest request body accepted (default 10485760)
              --request-timeout-seconds N  time allowed to receive a request (default 60)
              --idle-timeout-seconds N  idle keep-alive connections are closed after this (default 120)
              --requests-per-second N   rate limit per access key (default 2000)
              --sigv2 true|false        accept Signature Version 2 requests (default true)
              --machine-quota-per-account N  instances one account may have (default 20)
              --vcpu-capacity N         vCPUs of the whole embedded cloud (default 1024)
              --volume-quota-gib-per-account N  GiB of volumes one account may have (default 5000)
            """;

    private static final Set<String> OPTIONS = Set.of("port", "bind", "data-dir", "region", "master-key-file",
            "max-body-bytes", "request-timeout-seconds", "idle-timeout-seconds", "requests-per-second", "sigv2",
            "machine-quota-per-account", "vcpu-capacity", "volume-quota-gib-per-account");

    private final Map<String, String> options;
    private final Map<String, String> environment;

    private CommandLine(Map<String, String> options, Map<String, String> environment) {
        this.options = options;
        this.environment = environment;
    }

    public static GatewayConfig parse(String[] args, Map<String, String> environment) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || !OPTIONS.contains(arg.substring(2)) || i + 1 >= args.length) {
                throw new IllegalArgumentException("Unexpected argument: " + arg + "\n" + USAGE);
            }
            options.put(arg.substring(2), args[++i]);
        }
        return new CommandLine(options, environment).toConfig();
    }

    private GatewayConfig toConfig() {
        Path dataDir = Path.of(value("data-dir", "data"));
        Path defaultKey = Path.of(System.getProperty("user.home"), ".cloudgate", "master.key");
        EmbeddedSettings cloud = EmbeddedSettings.defaults();
        return new GatewayConfig(
                value("bind", "127.0.0.1"),
                number("port", 4566),
                dataDir,
                value("region", "us-east-1"),
                Path.of(value("master-key-file", defaultKey.toString())),
                number("max-body-bytes", 10 * 1024 * 1024),
                Duration.ofSeconds(number("request-timeout-seconds", 60)),
                Duration.ofSeconds(number("idle-timeout-seconds", 120)),
                number("requests-per-second", 2000),
                Boolean.parseBoolean(value("sigv2", "true")),
                Duration.ofSeconds(30),
                new GatewayConfig.CloudLimits(
                        number("machine-quota-per-account", cloud.machineQuotaPerAccount()),
                        number("vcpu-capacity", cloud.vcpuCapacity()),
                        number("volume-quota-gib-per-account", cloud.volumeQuotaGibPerAccount())));
    }

    private String value(String name, String defaultValue) {
        String fromArgs = options.get(name);
        if (fromArgs != null) {
            return fromArgs;
        }
        String fromEnvironment = environment.get("CLOUDGATE_" + name.toUpperCase().replace('-', '_'));
        return fromEnvironment != null ? fromEnvironment : defaultValue;
    }

    private int number(String name, int defaultValue) {
        return parse(name, value(name, Integer.toString(defaultValue)), Integer::parseInt);
    }

    private static <T> T parse(String name, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + ": " + text + " (expected: a number)");
        }
    }
}
