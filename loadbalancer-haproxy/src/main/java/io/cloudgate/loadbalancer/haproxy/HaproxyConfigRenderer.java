package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Pool;
import io.cloudgate.loadbalancer.Rule;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one HAProxy configuration for every balancer. The generation goes into the global description, so that the
 * adapter can tell from {@code show info} when the worker running it has taken over.
 */
final class HaproxyConfigRenderer {
    private static final Duration DEFAULT_SERVER_TIMEOUT = Duration.ofSeconds(60);

    private HaproxyConfigRenderer() {
    }

    static String render(long generation, Collection<BalancerConfig> balancers, HaproxyFiles files) {
        List<String> out = new ArrayList<>();
        out.add("global");
        out.add("  description gen-" + generation);
        out.add("  stats socket " + HaproxyText.quoted(files.statsSocket().toString()) + " mode 600 level admin");
        out.add("  stats socket " + HaproxyText.quoted(files.generationSocket(generation).toString())
                + " mode 600 level admin");
        out.add("  lua-load " + HaproxyText.quoted(files.luaScript().toString()));
        out.add("  server-state-file " + HaproxyText.quoted(files.serverState().toString()));
        out.add("  hard-stop-after " + HaproxyText.millis(longestDraining(balancers)));
        out.add("");
        out.add("defaults");
        out.add("  mode http");
        out.add("  timeout connect 5s");
        out.add("  timeout client 60s");
        out.add("  timeout server 60s");
        out.add("  load-server-state-from-file global");
        for (BalancerConfig balancer : balancers) {
            for (int i = 0; i < balancer.listeners().size(); i++) {
                out.addAll(FrontendRenderer.render(balancer.id(), i, balancer.listeners().get(i), files));
            }
            for (Pool pool : balancer.pools()) {
                out.addAll(BackendRenderer.render(balancer.id(), pool, serverTimeout(balancer, pool.id())));
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** Old workers keep serving their connections after a reload for as long as the longest draining time. */
    private static Duration longestDraining(Collection<BalancerConfig> balancers) {
        return balancers.stream().flatMap(b -> b.pools().stream()).map(Pool::draining)
                .filter(d -> d != null && !d.isZero()).max(Duration::compareTo).orElse(Duration.ofSeconds(1));
    }

    /** A member may be silent as long as the client may be: the longest idle timeout of listeners using the pool. */
    private static Duration serverTimeout(BalancerConfig balancer, String poolId) {
        return balancer.listeners().stream().filter(l -> uses(l, poolId)).map(Listener::idleTimeout)
                .max(Duration::compareTo).orElse(DEFAULT_SERVER_TIMEOUT);
    }

    private static boolean uses(Listener listener, String poolId) {
        List<Action> actions = new ArrayList<>(listener.rules().stream().map(Rule::action).toList());
        actions.add(listener.defaultAction());
        return actions.stream().anyMatch(a -> a instanceof Action.Forward forward
                && forward.pools().stream().anyMatch(p -> p.poolId().equals(poolId)));
    }

    /** Where the adapter keeps HAProxy's files. */
    record HaproxyFiles(Path directory) {
        Path config() {
            return directory.resolve("haproxy.cfg");
        }

        Path candidate() {
            return directory.resolve("candidate.cfg");
        }

        Path statsSocket() {
            return directory.resolve("stats.sock");
        }

        /** Only this generation's worker answers here, so it can still be read while a reload replaces it. */
        Path generationSocket(long generation) {
            return directory.resolve("stats-" + generation + ".sock");
        }

        Path masterSocket() {
            return directory.resolve("master.sock");
        }

        Path luaScript() {
            return directory.resolve("cloudgate.lua");
        }

        Path serverState() {
            return directory.resolve("servers.state");
        }

        Path log() {
            return directory.resolve("haproxy.log");
        }

        /** Where the certificates of TLS listeners are, readable by the adapter's user alone. */
        Path certificates() {
            return directory.resolve("certs");
        }

        /** A certificate's file (chain, then key), named by a digest of its content so that reloads share it. */
        Path certificate(Listener.Certificate certificate) {
            return certificates().resolve(CertificateFiles.digest(certificate) + ".pem");
        }
    }
}
