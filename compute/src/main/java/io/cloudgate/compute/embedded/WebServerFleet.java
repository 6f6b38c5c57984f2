package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.embedded.StoredRecords.LoopbackClaim;
import io.cloudgate.compute.embedded.StoredRecords.MachineDoc;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Makes the web-server image's running machines really serve HTTP on their loopback address. Machine states
 * derive from the clock on read, so nothing announces that a machine has booted: a reconciler looks every
 * {@link #INTERVAL_MILLIS} ms (real time) at the machines holding loopback addresses, in their state by the
 * injected clock, and starts or stops one small server per machine to match.
 */
final class WebServerFleet implements AutoCloseable {
    static final long INTERVAL_MILLIS = 200;
    private static final System.Logger LOG = System.getLogger(WebServerFleet.class.getName());

    private final LoopbackAddresses loopback;
    private final MachineRecords machines;
    private final String imageId;
    private final int port;
    private final MachineNames names;
    private final Map<String, MachineWebServer> serving = new HashMap<>();
    private final Set<String> failing = new HashSet<>();
    private final ScheduledExecutorService reconciler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "cloudgate-web-server-fleet");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService exchanges = Executors.newVirtualThreadPerTaskExecutor();

    WebServerFleet(LoopbackAddresses loopback, MachineRecords machines, String imageId, int port, MachineNames names) {
        this.loopback = loopback;
        this.machines = machines;
        this.imageId = imageId;
        this.port = port;
        this.names = names;
    }

    void start() {
        reconciler.scheduleWithFixedDelay(this::reconcileQuietly, 0, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void reconcileQuietly() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Web server fleet could not read the machines; trying again", e);
        }
    }

    /** Starts servers for running machines of the image that have none, stops those of any other machine. */
    private void reconcile() {
        Map<String, Machine> running = new HashMap<>();
        for (LoopbackClaim claim : loopback.claims(imageId)) {
            if (claim.account() != null) {
                machines.find(claim.account(), claim.machineId()).map(MachineDoc::machine)
                        .filter(m -> m.state() == MachineState.RUNNING && m.loopbackAddress() != null)
                        .ifPresent(m -> running.put(m.id(), m));
            }
        }
        serving.entrySet().removeIf(entry -> {
            if (running.containsKey(entry.getKey())) {
                return false;
            }
            entry.getValue().close();
            return true;
        });
        failing.retainAll(running.keySet());
        running.values().stream().filter(m -> !serving.containsKey(m.id())).forEach(this::serve);
    }

    private void serve(Machine machine) {
        try {
            String name = nameOf(machine);
            serving.put(machine.id(), MachineWebServer.start(machine.loopbackAddress(), port, name, machine.id(),
                    exchanges));
            failing.remove(machine.id());
        } catch (IOException e) {
            if (failing.add(machine.id())) {
                LOG.log(Level.WARNING, "Machine " + machine.id() + " cannot serve HTTP on " + machine.loopbackAddress()
                        + ":" + port + " (" + e.getMessage() + "); a web server port offset avoids privileged ports");
            }
        }
    }

    private String nameOf(Machine machine) {
        try {
            return Optional.ofNullable(names.nameOf(machine.owner(), machine.id())).orElse(machine.id());
        } catch (RuntimeException e) {
            return machine.id();
        }
    }

    @Override
    public void close() {
        reconciler.shutdownNow();
        try {
            reconciler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        serving.values().forEach(MachineWebServer::close);
        serving.clear();
        exchanges.close();
    }
}
