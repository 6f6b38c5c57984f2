package io.cloudgate.gateway;

import io.cloudgate.compute.cloudstack.CloudStackSettingsLoader;
import io.cloudgate.compute.embedded.EmbeddedSettings;
import io.cloudgate.compute.openstack.OpenStackSettingsLoader;
import io.cloudgate.loadbalancer.haproxy.HaproxySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

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
              --dns-port N              port of the Route 53 DNS server, UDP and TCP (default 5354; 0: any free port)
              --dns-bind ADDRESS        address the DNS server listens on (default: the --bind address)
              --dns-backend NAME        embedded (default) or powerdns (zones served by a PowerDNS Authoritative
                                        server, which answers at --dns-bind:--dns-port)
              --powerdns-url URL        PowerDNS HTTP API, e.g. http://127.0.0.1:8081 (powerdns backend)
              --powerdns-api-key KEY    PowerDNS API key (powerdns backend)
              --alarm-evaluation-seconds N  how often CloudWatch alarms due for evaluation are evaluated (default 10)
              --store NAME              embedded (default: a file in --data-dir) or cassandra (a cluster that several
                                        gateways may share)
              --cassandra-contact-points HOST:PORT,...  Cassandra nodes to connect to (cassandra store)
              --cassandra-keyspace NAME keyspace of the gateway's tables, created if missing (default cloudgate)
              --cassandra-datacenter NAME  the Cassandra data center local to this gateway (default datacenter1)
              --lb-port-offset N        added to every load-balancer listener port when it is bound, e.g. 10000
                                        serves a port-80 listener at 10080 (default 0)
              --lb-data-plane NAME      what carries load balancers' traffic: embedded (default: a proxy inside the
                                        gateway) or haproxy (one HAProxy process, run from --data-dir/haproxy)
              --haproxy-binary PATH     the haproxy executable, a path or a name on PATH (default haproxy)
              --web-server-port-offset N  added to port 80 where instances of the embedded web-server image serve
                                        HTTP on their 127.x address, e.g. 8000 serves them at 8080 (default 0)
              --backend NAME            the cloud behind EC2: embedded (default), cloudstack or openstack
              --cloudstack-config FILE  CloudStack endpoint, keys and instance-type mapping (.json or .properties);
                                        CLOUDSTACK_ENDPOINT, CLOUDSTACK_API_KEY, CLOUDSTACK_SECRET_KEY,
                                        CLOUDSTACK_DEFAULT_ZONE, CLOUDSTACK_INSTANCE_TYPES_FILE and
                                        CLOUDSTACK_DEPLOYS_PER_SECOND override it (cloudstack backend)
              --openstack-config FILE   Keystone URL, credentials and flavor mapping (.properties with the names of
                                        the variables overriding it: OS_AUTH_URL, OS_USERNAME, OS_PASSWORD,
                                        OS_USER_DOMAIN_NAME, OS_PROJECT_NAME, OS_PROJECT_DOMAIN_NAME, OS_REGION_NAME,
                                        CLOUDGATE_OPENSTACK_INSTANCE_TYPES, _EXTERNAL_NETWORK,
                                        _ADDRESSES_PER_ACCOUNT, _TIMEOUT_SECONDS, _LAUNCHES_PER_SECOND) (openstack
                                        backend)
            """;

    private static final Set<String> OPTIONS = Set.of("port", "bind", "data-dir", "region", "master-key-file",
            "max-body-bytes", "request-timeout-seconds", "idle-timeout-seconds", "requests-per-second", "sigv2",
            "machine-quota-per-account", "vcpu-capacity", "volume-quota-gib-per-account", "dns-port", "dns-bind",
            "dns-backend", "powerdns-url", "powerdns-api-key", "alarm-evaluation-seconds",
            "store", "cassandra-contact-points", "cassandra-keyspace", "cassandra-datacenter",
            "lb-port-offset", "web-server-port-offset", "backend", "cloudstack-config", "openstack-config",
            "lb-data-plane", "haproxy-binary");

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
                        number("volume-quota-gib-per-account", cloud.volumeQuotaGibPerAccount())),
                dnsSettings(),
                Duration.ofSeconds(Math.max(1, number("alarm-evaluation-seconds", 10))),
                storeSettings(),
                number("lb-port-offset", 0),
                number("web-server-port-offset", 0),
                computeBackend(),
                lbDataPlane(dataDir));
    }

    /** The data plane; haproxy is looked for now, so that a missing one is a startup error rather than a later one. */
    private GatewayConfig.LbDataPlane lbDataPlane(Path dataDir) {
        String name = value("lb-data-plane", GatewayConfig.LbDataPlane.EMBEDDED);
        if (name.equals(GatewayConfig.LbDataPlane.EMBEDDED)) {
            return new GatewayConfig.LbDataPlane(name, null, null);
        }
        if (!name.equals(GatewayConfig.LbDataPlane.HAPROXY)) {
            throw new IllegalArgumentException("--lb-data-plane: " + name + " (expected: embedded or haproxy)");
        }
        String binary = value("haproxy-binary", "haproxy");
        Path executable = HaproxySettings.findExecutable(binary).orElseThrow(() -> new IllegalArgumentException(
                "--lb-data-plane haproxy: no executable haproxy at '" + binary + "' (install the haproxy package or"
                        + " give --haproxy-binary)"));
        Path runtime = dataDir.toAbsolutePath().normalize().resolve("haproxy");
        if (runtime.toString().length() > HaproxySettings.MAX_WORKING_DIRECTORY_LENGTH) {
            throw new IllegalArgumentException("--lb-data-plane haproxy: " + runtime + " is too long a path for"
                    + " HAProxy's UNIX sockets; give a shorter --data-dir");
        }
        return new GatewayConfig.LbDataPlane(name, executable, runtime);
    }

    private GatewayConfig.ComputeBackend computeBackend() {
        String backend = value("backend", GatewayConfig.ComputeBackend.EMBEDDED);
        return switch (backend) {
            case GatewayConfig.ComputeBackend.EMBEDDED -> new GatewayConfig.ComputeBackend(backend, null, null);
            case GatewayConfig.ComputeBackend.CLOUDSTACK -> new GatewayConfig.ComputeBackend(backend, loaded(backend,
                    () -> CloudStackSettingsLoader.load(path("cloudstack-config"), environment)), null);
            case GatewayConfig.ComputeBackend.OPENSTACK -> new GatewayConfig.ComputeBackend(backend, null,
                    loaded(backend, () -> OpenStackSettingsLoader.load(path("openstack-config"), environment)));
            default -> throw new IllegalArgumentException("--backend: " + backend
                    + " (expected: embedded, cloudstack or openstack)");
        };
    }

    /** A backend's settings; what is missing or bad is reported as a problem of the --backend option. */
    private static <T> T loaded(String backend, Supplier<T> loader) {
        try {
            return loader.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--backend " + backend + ": " + e.getMessage(), e);
        }
    }

    private Path path(String name) {
        String file = value(name, null);
        return file == null ? null : Path.of(file);
    }

    private GatewayConfig.StoreSettings storeSettings() {
        String engine = value("store", "embedded");
        if (!engine.equals("embedded") && !engine.equals("cassandra")) {
            throw new IllegalArgumentException("--store: " + engine + " (expected: embedded or cassandra)");
        }
        String contactPoints = value("cassandra-contact-points", null);
        if (engine.equals("cassandra") && contactPoints == null) {
            throw new IllegalArgumentException("--store cassandra needs --cassandra-contact-points");
        }
        return new GatewayConfig.StoreSettings(engine, contactPoints, value("cassandra-keyspace", "cloudgate"),
                value("cassandra-datacenter", "datacenter1"));
    }

    private GatewayConfig.DnsSettings dnsSettings() {
        String backend = value("dns-backend", "embedded");
        if (!backend.equals("embedded") && !backend.equals("powerdns")) {
            throw new IllegalArgumentException("--dns-backend: " + backend + " (expected: embedded or powerdns)");
        }
        String url = value("powerdns-url", null);
        if (backend.equals("powerdns") && url == null) {
            throw new IllegalArgumentException("--dns-backend powerdns needs --powerdns-url");
        }
        return new GatewayConfig.DnsSettings(backend, value("dns-bind", value("bind", "127.0.0.1")),
                number("dns-port", 5354), url, value("powerdns-api-key", ""));
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
