package io.cloudgate.store.cassandra;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.NodeUnavailableException;
import com.datastax.oss.driver.api.core.RequestThrottlingException;
import com.datastax.oss.driver.api.core.connection.BusyConnectionException;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.connection.HeartbeatException;
import com.datastax.oss.driver.api.core.servererrors.BootstrappingException;
import com.datastax.oss.driver.api.core.servererrors.CASWriteUnknownException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.QueryConsistencyException;
import com.datastax.oss.driver.api.core.servererrors.TruncateException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import io.cloudgate.store.StoreUnavailableException;

/**
 * The one place where driver errors become store errors. Anything that says "the cluster could not do it now"
 * (no node reachable, timeouts, not enough replicas, overload, an LWT whose outcome is unknown) becomes
 * {@link StoreUnavailableException}; the rest are programming or schema errors and stay as they are.
 */
public final class DriverErrors {
    private DriverErrors() {
    }

    public static RuntimeException translate(DriverException error) {
        return switch (error) {
            case AllNodesFailedException e -> unavailable("no Cassandra node could serve the request", e);
            case NodeUnavailableException e -> unavailable("the Cassandra node is unavailable", e);
            case DriverTimeoutException e -> unavailable("Cassandra did not answer in time", e);
            case RequestThrottlingException e -> unavailable("too many requests queued for Cassandra", e);
            case BusyConnectionException e -> unavailable("every connection to Cassandra is busy", e);
            case ClosedConnectionException e -> unavailable("the connection to Cassandra closed", e);
            case HeartbeatException e -> unavailable("Cassandra stopped answering heartbeats", e);
            case UnavailableException e -> unavailable("not enough Cassandra replicas are alive", e);
            case CASWriteUnknownException e -> unavailable("the outcome of a conditional write is unknown", e);
            case QueryConsistencyException e -> unavailable("Cassandra replicas did not answer in time", e);
            case OverloadedException e -> unavailable("Cassandra is overloaded", e);
            case BootstrappingException e -> unavailable("the Cassandra node is still starting", e);
            case TruncateException e -> unavailable("Cassandra could not truncate", e);
            default -> error;
        };
    }

    private static StoreUnavailableException unavailable(String message, DriverException cause) {
        return new StoreUnavailableException(message + ": " + cause.getMessage(), cause);
    }
}
