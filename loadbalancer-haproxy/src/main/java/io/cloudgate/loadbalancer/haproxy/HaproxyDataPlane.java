package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.BalancerStatistics;
import io.cloudgate.loadbalancer.DataPlane;
import io.cloudgate.loadbalancer.DataPlaneException;
import io.cloudgate.loadbalancer.DataPlaneHealth;
import io.cloudgate.loadbalancer.MemberHealth;
import io.cloudgate.loadbalancer.Pool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The production data plane: one HAProxy (master-worker) for every balancer. Every apply renders the whole
 * configuration from the balancers kept in memory, checks it with {@code haproxy -c}, saves the servers' health
 * state for the new worker to load, and reloads; health and statistics come from the stats socket. Counters
 * restart with each worker, so those of the worker being replaced are added to a base first.
 */
public final class HaproxyDataPlane implements DataPlane {
    private static final java.time.Duration OLD_WORKER_READS = java.time.Duration.ofMillis(100);
    private final HaproxySettings settings;
    private final HaproxyConfigRenderer.HaproxyFiles files;
    private final DrainingMembers draining;
    private final Map<String, BalancerConfig> balancers = new LinkedHashMap<>();
    private final Map<String, BalancerStatistics> base = new HashMap<>();
    private final HaproxyProcess process;
    private long generation;

    private HaproxyDataPlane(Clock clock, HaproxySettings settings) {
        this.settings = settings;
        this.files = new HaproxyConfigRenderer.HaproxyFiles(settings.workingDirectory());
        this.draining = new DrainingMembers(clock);
        try {
            Files.createDirectories(files.directory());
            try (InputStream lua = HaproxyDataPlane.class.getResourceAsStream("cloudgate.lua")) {
                Files.copy(lua, files.luaScript(), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(files.serverState());
            Files.writeString(files.config(), HaproxyConfigRenderer.render(0, List.of(), files));
        } catch (IOException e) {
            throw new DataPlaneException(DataPlaneException.Kind.UNAVAILABLE, "cannot prepare " + files.directory(), e);
        }
        this.process = HaproxyProcess.start(settings.executable().toString(), files, 0);
    }

    /** Starts HAProxy with no balancers. */
    public static HaproxyDataPlane start(Clock clock, HaproxySettings settings) {
        return new HaproxyDataPlane(clock, settings);
    }

    @Override
    public synchronized void apply(BalancerConfig config) {
        ConfigValidator.validate(config);
        Map<String, BalancerConfig> others = new LinkedHashMap<>(balancers);
        others.remove(config.id());
        ListenerSockets.requireBindable(config, ListenerSockets.of(others.values()), ListenerSockets.of(balancers.values()));
        Map<String, BalancerConfig> next = new LinkedHashMap<>(balancers);
        next.put(config.id(), config);
        converge(next);
    }

    @Override
    public synchronized void remove(String balancerId) {
        if (!balancers.containsKey(balancerId)) {
            return;
        }
        Map<String, BalancerConfig> next = new LinkedHashMap<>(balancers);
        next.remove(balancerId);
        converge(next);
        base.remove(balancerId);
        draining.forgetBalancer(balancerId);
    }

    @Override
    public synchronized List<MemberHealth> health(String balancerId) {
        BalancerConfig config = balancers.get(balancerId);
        if (config == null) {
            return List.of();
        }
        Map<String, StatTable.Row> servers = new HashMap<>();
        for (StatTable.Row row : stats().ofBalancer(balancerId)) {
            servers.put(row.proxy() + "/" + row.server(), row);
        }
        List<MemberHealth> health = new ArrayList<>();
        for (Pool pool : config.pools()) {
            String backend = HaproxyNames.poolBackend(balancerId, pool.id());
            for (Pool.Member member : pool.members()) {
                StatTable.Row row = servers.get(backend + "/" + HaproxyNames.server(member.id()));
                health.add(MemberHealthMapping.of(pool.id(), member.id(), row));
            }
        }
        health.addAll(draining.of(balancerId));
        return health;
    }

    @Override
    public synchronized BalancerStatistics statistics(String balancerId) {
        if (!balancers.containsKey(balancerId)) {
            return BalancerStatistics.NONE;
        }
        return StatisticsReader.plus(base.getOrDefault(balancerId, BalancerStatistics.NONE),
                StatisticsReader.of(balancerId, stats(), latency()));
    }

    @Override
    public synchronized DataPlaneHealth dataPlaneHealth() {
        if (!process.alive()) {
            return new DataPlaneHealth(false, "haproxy is not running");
        }
        try {
            process.stats().send("show info");
            return new DataPlaneHealth(true, "haproxy master " + process.pid() + ", generation " + generation + ", "
                    + balancers.size() + " balancers");
        } catch (IOException e) {
            return new DataPlaneHealth(false, "haproxy stats socket: " + e.getMessage());
        }
    }

    /** Stops HAProxy and deletes the files it worked with. */
    @Override
    public synchronized void close() {
        process.close();
        CertificateFiles.keepOnly(files, List.of());
        for (var file : List.of(files.config(), files.candidate(), files.serverState(), files.luaScript(), files.log(),
                files.statsSocket(), files.generationSocket(generation), files.masterSocket(), files.certificates(),
                files.directory())) {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(java.nio.file.Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Left behind (e.g. a directory someone else also wrote to); nothing depends on it.
        }
    }

    private void converge(Map<String, BalancerConfig> next) {
        long nextGeneration = generation + 1;
        String text = HaproxyConfigRenderer.render(nextGeneration, next.values(), files);
        try {
            CertificateFiles.write(files, next.values());
            check(text);
        } catch (RuntimeException e) {
            CertificateFiles.keepOnly(files, balancers.values());
            throw e;
        }
        Map<String, BalancerStatistics> counted = countersOf(stats(), latency());
        drainRemovedMembers(next);
        Set<String> closing = ListenerSockets.of(balancers.values());
        closing.removeAll(ListenerSockets.of(next.values()));
        RetiringWorker oldWorker = RetiringWorker.watch(new RuntimeSocket(files.generationSocket(generation)),
                balancers.keySet(), counted);
        try {
            Files.writeString(files.serverState(), process.stats().send("show servers state"));
            String previous = Files.readString(files.config());
            Files.move(files.candidate(), files.config(), StandardCopyOption.REPLACE_EXISTING);
            try {
                process.reload(nextGeneration);
            } catch (RuntimeException e) {
                oldWorker.lastCounters(java.time.Duration.ZERO);
                Files.writeString(files.config(), previous);
                throw e;
            }
        } catch (IOException e) {
            throw new DataPlaneException(DataPlaneException.Kind.UNAVAILABLE, "haproxy files: " + e.getMessage(), e);
        }
        generation = nextGeneration;
        oldWorker.lastCounters(OLD_WORKER_READS).forEach((id, stats) -> base.merge(id, stats, StatisticsReader::plus));
        deleteQuietly(files.generationSocket(generation - 1));
        balancers.clear();
        balancers.putAll(next);
        CertificateFiles.keepOnly(files, next.values());
        ListenerSockets.awaitClosed(closing);
    }

    private Map<String, BalancerStatistics> countersOf(StatTable table, Map<String, Long> latency) {
        return RetiringWorker.countersOf(balancers.keySet(), table, latency);
    }

    /** Members leaving stop taking new requests now ({@code set server ... state drain}) and are reported draining. */
    private void drainRemovedMembers(Map<String, BalancerConfig> next) {
        for (BalancerConfig old : balancers.values()) {
            BalancerConfig replacement = next.get(old.id());
            for (Pool pool : old.pools()) {
                Pool kept = replacement == null ? null : replacement.pools().stream()
                        .filter(p -> p.id().equals(pool.id())).findFirst().orElse(null);
                for (Pool.Member member : pool.members()) {
                    if (kept != null && kept.members().contains(member)) {
                        continue;
                    }
                    drainNow(old.id(), pool, member);
                    if (replacement != null && pool.draining() != null && !pool.draining().isZero()) {
                        draining.add(old.id(), pool.id(), member.id(), pool.draining());
                    }
                }
            }
        }
        next.values().forEach(b -> b.pools().forEach(p -> p.members().forEach(
                m -> draining.forget(b.id(), p.id(), m.id()))));
    }

    private void drainNow(String balancerId, Pool pool, Pool.Member member) {
        try {
            process.stats().send("set server " + HaproxyNames.poolBackend(balancerId, pool.id()) + "/"
                    + HaproxyNames.server(member.id()) + " state drain");
        } catch (IOException e) {
            throw new DataPlaneException(DataPlaneException.Kind.UNAVAILABLE, "haproxy stats socket: " + e.getMessage(), e);
        }
    }

    /** {@code haproxy -c}: a configuration HAProxy refuses is the caller's inconsistency. */
    private void check(String text) {
        try {
            Files.writeString(files.candidate(), text);
            Process checker = new ProcessBuilder(settings.executable().toString(), "-c", "-q", "-f",
                    files.candidate().toString()).redirectErrorStream(true).start();
            String output = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!checker.waitFor(30, TimeUnit.SECONDS) || checker.exitValue() != 0) {
                throw new DataPlaneException(DataPlaneException.Kind.INVALID_CONFIGURATION,
                        "haproxy refused the configuration: " + output.strip());
            }
        } catch (IOException e) {
            throw new DataPlaneException(DataPlaneException.Kind.UNAVAILABLE, "cannot run haproxy -c", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataPlaneException(DataPlaneException.Kind.UNAVAILABLE, "interrupted", e);
        }
    }

    private StatTable stats() {
        try {
            return StatTable.parse(process.stats().send("show stat"));
        } catch (IOException e) {
            throw new DataPlaneException(DataPlaneException.Kind.UNAVAILABLE, "haproxy stats socket: " + e.getMessage(), e);
        }
    }

    private Map<String, Long> latency() {
        try {
            return StatisticsReader.parseLatency(process.stats().send("cloudgate latency"));
        } catch (IOException e) {
            throw new DataPlaneException(DataPlaneException.Kind.UNAVAILABLE, "haproxy stats socket: " + e.getMessage(), e);
        }
    }
}
