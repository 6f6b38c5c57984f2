package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.DataPlaneException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HAProxy master process in master-worker mode ({@code -W}, master CLI on a UNIX socket). A reload makes the
 * master start a new worker on the configuration file while the old workers finish their connections, so no
 * connection is dropped; the new worker is recognised by the generation in its {@code show info} description.
 */
final class HaproxyProcess implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(15);
    private static final Pattern FAILED_RELOADS = Pattern.compile("master\\s+\\d+\\s+\\[failed: (\\d+)]");

    private final HaproxyConfigRenderer.HaproxyFiles files;
    private final Process process;
    private final RuntimeSocket stats;
    private final RuntimeSocket master;

    private HaproxyProcess(HaproxyConfigRenderer.HaproxyFiles files, Process process) {
        this.files = files;
        this.process = process;
        this.stats = new RuntimeSocket(files.statsSocket());
        this.master = new RuntimeSocket(files.masterSocket());
    }

    /** Starts HAProxy on the configuration already written to {@code files.config()} for {@code generation}. */
    static HaproxyProcess start(String executable, HaproxyConfigRenderer.HaproxyFiles files, long generation) {
        ProcessBuilder builder = new ProcessBuilder(executable, "-W", "-db", "-S", files.masterSocket().toString(),
                "-f", files.config().toString())
                .directory(files.directory().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(files.log().toFile()));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new DataPlaneException(DataPlaneException.Kind.UNAVAILABLE, "cannot start " + executable, e);
        }
        HaproxyProcess started = new HaproxyProcess(files, process);
        try {
            started.awaitGeneration(generation, -1);
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        return started;
    }

    RuntimeSocket stats() {
        return stats;
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Reloads {@code files.config()} and returns once the worker of {@code generation} serves. */
    void reload(long generation) {
        int failuresBefore = failedReloads();
        try {
            master.send("reload");
        } catch (IOException e) {
            throw new DataPlaneException(DataPlaneException.Kind.UNAVAILABLE, "haproxy master CLI: " + e.getMessage(), e);
        }
        awaitGeneration(generation, failuresBefore);
    }

    private void awaitGeneration(long generation, int failuresBefore) {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw unavailable("haproxy exited");
            }
            if (failuresBefore >= 0 && failedReloads() > failuresBefore) {
                throw unavailable("haproxy could not load the configuration");
            }
            try {
                if (stats.send("show info").contains("description: gen-" + generation + "\n")) {
                    return;
                }
            } catch (IOException notYet) {
                // The socket appears once the worker has started.
            }
            pause();
        }
        throw unavailable("haproxy did not take generation " + generation + " in time");
    }

    /** The master's count of failed reloads; -1 while the master CLI is not answering (it re-executes itself). */
    private int failedReloads() {
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                Matcher matcher = FAILED_RELOADS.matcher(master.send("show proc"));
                if (matcher.find()) {
                    return Integer.parseInt(matcher.group(1));
                }
            } catch (IOException busy) {
                // The master is re-executing itself during a reload.
            }
            pause();
        }
        return -1;
    }

    private DataPlaneException unavailable(String message) {
        return new DataPlaneException(DataPlaneException.Kind.UNAVAILABLE, message + ": " + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(files.log(), StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 6), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataPlaneException(DataPlaneException.Kind.UNAVAILABLE, "interrupted");
        }
    }

    /** Stops the master, which stops every worker at once. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
