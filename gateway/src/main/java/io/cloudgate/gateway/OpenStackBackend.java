package io.cloudgate.gateway;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.openstack.OpenStackCompute;
import io.cloudgate.compute.openstack.OpenStackSettings;
import io.cloudgate.store.DocumentStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the compute port on an OpenStack. The gateway starts even when Keystone cannot be reached (EC2 calls answer
 * Unavailable until it can, and recover by themselves), but a sign-in attempt in the background says at once, in
 * the log, when the URL or the credentials are wrong.
 */
final class OpenStackBackend {
    private static final Logger LOG = LoggerFactory.getLogger(OpenStackBackend.class);

    private OpenStackBackend() {
    }

    static ComputeBackends.OpenedCompute open(OpenStackSettings settings, DocumentStore store, Clock clock) {
        OpenStackCompute openStack = OpenStackCompute.open(settings, store, clock);
        Thread.ofVirtual().name("openstack-sign-in").start(() -> {
            try {
                openStack.signIn();
                LOG.info("Signed in to OpenStack at {} as {}", settings.authUrl(), settings.username());
            } catch (ComputeException e) {
                LOG.warn("Cannot sign in to OpenStack at {} as {} (EC2 calls answer Unavailable until it works): {}",
                        settings.authUrl(), settings.username(), e.getMessage());
            }
        });
        // Nothing to close: the adapter keeps no threads running, and its HTTP client goes with the process.
        return new ComputeBackends.OpenedCompute(openStack, null, openStack.links(), () -> { });
    }
}
