package io.cloudgate.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real client program (aws, python3, terraform) as a child process with an environment built
 * from scratch apart from PATH-like basics, so the developer's own AWS or Terraform settings can never
 * leak into a test.
 */
final class ExternalTool {
    /**
     * Variables kept from this JVM's environment: enough to find and start the tools, nothing AWS-related,
     * plus Terraform's log switches, which only add logging (the way to see which API calls a provider made).
     */
    private static final List<String> INHERITED = List.of("PATH", "HOME", "PYENV_ROOT", "PYENV_VERSION", "LANG",
            "LC_ALL", "TMPDIR", "USER", "TF_LOG", "TF_LOG_PATH");

    private final Path workingDirectory;
    private final Map<String, String> environment;

    ExternalTool(Path workingDirectory, Map<String, String> environment) {
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
    }

    /** Runs the command to completion; on timeout the process tree is killed and the outcome says so. */
    Outcome run(Duration timeout, List<String> command) {
        return run(timeout, command, Map.of());
    }

    Outcome run(Duration timeout, List<String> command, Map<String, String> extraEnvironment) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        Map<String, String> childEnvironment = builder.environment();
        Map<String, String> inherited = new HashMap<>();
        INHERITED.forEach(name -> {
            String value = childEnvironment.get(name);
            if (value != null) {
                inherited.put(name, value);
            }
        });
        childEnvironment.clear();
        childEnvironment.putAll(inherited);
        childEnvironment.putAll(environment);
        childEnvironment.putAll(extraEnvironment);
        long started = System.nanoTime();
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> stdout = drain(process.getInputStream());
            CompletableFuture<String> stderr = drain(process.getErrorStream());
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            return new Outcome(command, finished ? process.exitValue() : -1, !finished, stdout.join(),
                    stderr.join(), elapsed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        // One dedicated thread per pipe: a child that fills one pipe while we block on the other would hang.
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> Thread.ofPlatform().daemon().name("tool-output").start(task));
    }

    /** What one run of a tool did. */
    record Outcome(List<String> command, int exitCode, boolean timedOut, String stdout, String stderr,
            Duration elapsed) {
        boolean succeeded() {
            return !timedOut && exitCode == 0;
        }

        /**
         * A description for assertion messages: the command, how it ended, and everything it printed, stderr first
         * because CI logs keep only the head of a long message and the cause is almost always there.
         */
        String describe() {
            return String.join(" ", command) + "\n  exit=" + exitCode + (timedOut ? " (timed out)" : "")
                    + " after " + elapsed.toMillis() + " ms\n--- stderr ---\n" + stderr + "\n--- stdout ---\n"
                    + stdout;
        }

        /** Fails with the full output unless the run succeeded. */
        Outcome requireSuccess() {
            if (!succeeded()) {
                throw new AssertionError("command failed: " + describe());
            }
            return this;
        }
    }
}
