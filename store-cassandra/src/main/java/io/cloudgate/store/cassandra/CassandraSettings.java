package io.cloudgate.store.cassandra;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where the Cassandra cluster is and how to talk to it.
 *
 * @param replication the keyspace's replication map in CQL, used only when the keyspace is created
 * @param connectTimeout how long to wait for the first connection before the store is declared unavailable
 * @param requestTimeout how long one request may take, lightweight transactions included
 */
public record CassandraSettings(
        List<InetSocketAddress> contactPoints,
        String localDatacenter,
        String keyspace,
        String replication,
        Duration connectTimeout,
        Duration requestTimeout) {

    public static final String DEFAULT_KEYSPACE = "cloudgate";
    public static final String DEFAULT_DATACENTER = "datacenter1";
    public static final String SINGLE_REPLICA = "{'class': 'SimpleStrategy', 'replication_factor': 1}";

    public CassandraSettings {
        Objects.requireNonNull(localDatacenter, "localDatacenter");
        Objects.requireNonNull(replication, "replication");
        contactPoints = List.copyOf(contactPoints);
        if (contactPoints.isEmpty()) {
            throw new IllegalArgumentException("at least one Cassandra contact point is needed");
        }
        if (!keyspace.matches("[A-Za-z][A-Za-z0-9_]{0,47}")) {
            throw new IllegalArgumentException("not a Cassandra keyspace name: " + keyspace);
        }
    }

    /** Settings with the defaults for everything but the contact points ("host:port,host:port"). */
    public static CassandraSettings of(String contactPoints) {
        return new CassandraSettings(parseContactPoints(contactPoints), DEFAULT_DATACENTER, DEFAULT_KEYSPACE,
                SINGLE_REPLICA, Duration.ofSeconds(10), Duration.ofSeconds(5));
    }

    public CassandraSettings withKeyspace(String name) {
        return new CassandraSettings(contactPoints, localDatacenter, name, replication, connectTimeout, requestTimeout);
    }

    public CassandraSettings withLocalDatacenter(String name) {
        return new CassandraSettings(contactPoints, name, keyspace, replication, connectTimeout, requestTimeout);
    }

    public CassandraSettings withReplication(String map) {
        return new CassandraSettings(contactPoints, localDatacenter, keyspace, map, connectTimeout, requestTimeout);
    }

    public CassandraSettings withTimeouts(Duration connect, Duration request) {
        return new CassandraSettings(contactPoints, localDatacenter, keyspace, replication, connect, request);
    }

    /** Parses "host:port,host:port" (port 9042 when left out). */
    public static List<InetSocketAddress> parseContactPoints(String text) {
        List<InetSocketAddress> points = new ArrayList<>();
        for (String part : text.split(",")) {
            String point = part.strip();
            if (point.isEmpty()) {
                continue;
            }
            int colon = point.lastIndexOf(':');
            String host = colon < 0 ? point : point.substring(0, colon);
            int port = colon < 0 ? 9042 : parsePort(point.substring(colon + 1), point);
            points.add(InetSocketAddress.createUnresolved(host, port));
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no Cassandra contact point in '" + text + "'");
        }
        return points;
    }

    private static int parsePort(String text, String point) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("bad port in Cassandra contact point " + point);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port in Cassandra contact point " + point, e);
        }
    }
}
