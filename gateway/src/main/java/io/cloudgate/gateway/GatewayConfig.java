package io.cloudgate.gateway;

import io.cloudgate.compute.cloudstack.CloudStackSettings;
import io.cloudgate.compute.openstack.OpenStackSettings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of one gateway process.
 *
 * @param masterKeyFile        key that encrypts secret access keys at rest; kept outside the data directory
 * @param maxBodyBytes         larger request bodies are refused with 413
 * @param requestTimeout       a request whose bytes have not all arrived after this long is answered 408
 * @param idleTimeout          keep-alive connections idle this long are closed
 * @param requestsPerSecond    token-bucket rate per access key
 * @param sigV2Enabled         accept SignatureVersion=2 query requests
 * @param cloudLimits          quotas and capacity of the embedded cloud
 * @param dns                  the authoritative DNS service behind Route 53
 * @param alarmEvaluationInterval how often the CloudWatch alarm engine looks for alarms due for evaluation
 * @param store                where state is kept
 * @param lbPortOffset         added to every load-balancer listener port when it is bound (so a non-root gateway
 *                             can serve port-80 listeners at 80 + offset)
 * @param webServerPortOffset  added to port 80 where the embedded cloud's web-server-image machines serve HTTP on
 *                             their loopback address (so a non-root gateway can run them)
 * @param compute              the cloud behind EC2: the embedded one, a CloudStack or an OpenStack
 * @param lbDataPlane          what carries load balancers' traffic: the embedded proxy or HAProxy
 */
public record GatewayConfig(String bind, int port, Path dataDir, String region, Path masterKeyFile,
                            int maxBodyBytes, Duration requestTimeout, Duration idleTimeout,
                            int requestsPerSecond, boolean sigV2Enabled, Duration shutdownGrace,
                            CloudLimits cloudLimits, DnsSettings dns,
                            Duration alarmEvaluationInterval, StoreSettings store, int lbPortOffset,
                            int webServerPortOffset, ComputeBackend compute, LbDataPlane lbDataPlane) {
    /**
     * Limits of the embedded cloud, reported to clients as AWS reports its own.
     *
     * @param machineQuotaPerAccount   machines (not terminated) one account may have
     * @param vcpuCapacity             vCPUs of the whole cloud, shared by every account's running machines
     * @param volumeQuotaGibPerAccount GiB of volumes (root volumes included) one account may have
     */
    public record CloudLimits(int machineQuotaPerAccount, int vcpuCapacity, int volumeQuotaGibPerAccount) {
    }

    /**
     * Where Route 53's zones are served.
     *
     * @param backend        "embedded" (a DNS server inside the gateway) or "powerdns" (a PowerDNS Authoritative
     *                       server driven through its HTTP API)
     * @param bind           address the embedded server listens on, or where PowerDNS answers queries
     * @param port           DNS port (UDP and TCP); 0 picks a free one for the embedded server
     * @param powerDnsUrl    PowerDNS HTTP API base URL, for the powerdns backend
     * @param powerDnsApiKey PowerDNS API key (X-API-Key), for the powerdns backend
     */
    public record DnsSettings(String backend, String bind, int port, String powerDnsUrl, String powerDnsApiKey) {
    }

    /**
     * Where state is kept.
     *
     * @param engine                 "embedded" (a file in the data directory) or "cassandra" (a cluster that several
     *                               gateways may share)
     * @param cassandraContactPoints "host:port,host:port" of Cassandra nodes, for the cassandra engine
     * @param cassandraKeyspace      keyspace holding the gateway's tables (created if missing)
     * @param cassandraDatacenter    the Cassandra data center local to this gateway
     */
    public record StoreSettings(String engine, String cassandraContactPoints, String cassandraKeyspace,
                                String cassandraDatacenter) {
    }

    /**
     * The cloud the compute port runs on, chosen at startup.
     *
     * @param name       "embedded" (the default: a cloud inside the gateway), "cloudstack" or "openstack"
     * @param cloudStack the endpoint, keys and offering mapping, for the cloudstack backend (else null)
     * @param openStack  Keystone, the gateway's credentials and the flavor mapping, for the openstack backend (else
     *                   null)
     */
    public record ComputeBackend(String name, CloudStackSettings cloudStack, OpenStackSettings openStack) {
        public static final String EMBEDDED = "embedded";
        public static final String CLOUDSTACK = "cloudstack";
        public static final String OPENSTACK = "openstack";
    }

    /**
     * The load balancers' data plane, chosen at startup.
     *
     * @param name           "embedded" (the default: a proxy inside the gateway) or "haproxy"
     * @param haproxyBinary  the haproxy executable, found at startup (haproxy data plane; else null)
     * @param haproxyRuntime HAProxy's configuration and sockets, under the data directory (haproxy data plane)
     */
    public record LbDataPlane(String name, Path haproxyBinary, Path haproxyRuntime) {
        public static final String EMBEDDED = "embedded";
        public static final String HAPROXY = "haproxy";
    }
}
