package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.DataPlaneException;
import io.cloudgate.loadbalancer.Listener;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Listener sockets around a reload: HAProxy only reports a failed bind by refusing the whole reload, so new
 * sockets are tried first; sockets given up are awaited closed, since the old worker unbinds just after the new
 * one is ready.
 */
final class ListenerSockets {
    private ListenerSockets() {
    }

    static Set<String> of(Collection<BalancerConfig> balancers) {
        Set<String> sockets = new HashSet<>();
        balancers.forEach(b -> b.listeners().forEach(l -> sockets.add(ConfigValidator.socketKey(l))));
        return sockets;
    }

    /** @param others the sockets of every other balancer; @param current every socket HAProxy now listens on */
    static void requireBindable(BalancerConfig config, Set<String> others, Set<String> current) {
        for (Listener listener : config.listeners()) {
            String key = ConfigValidator.socketKey(listener);
            if (others.contains(key)) {
                throw new DataPlaneException(DataPlaneException.Kind.ADDRESS_IN_USE, key + " is another balancer's");
            }
            if (current.contains(key)) {
                continue;
            }
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(InetAddress.getByName(listener.bindAddress()), listener.port()));
            } catch (IOException e) {
                throw new DataPlaneException(DataPlaneException.Kind.ADDRESS_IN_USE, "cannot bind " + key + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /** Waits (briefly) until nothing accepts on the sockets any more. */
    static void awaitClosed(Set<String> sockets) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        for (String socket : sockets) {
            int colon = socket.lastIndexOf(':');
            InetSocketAddress address = new InetSocketAddress(socket.substring(0, colon),
                    Integer.parseInt(socket.substring(colon + 1)));
            while (System.nanoTime() < deadline && accepts(address)) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static boolean accepts(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
