package io.cloudgate.route53.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Each tick, starts a probe of every enabled endpoint check whose RequestInterval has passed since its last
 * probe (a new check at once), on a virtual thread, if this gateway wins the check's lease for the interval; and
 * re-evaluates every check so that flips caused elsewhere reach this gateway's listeners.
 */
final class Checker {
    private static final System.Logger LOG = System.getLogger(Checker.class.getName());
    /** Shorter than the interval so that the next tick after the interval finds the lease expired. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(1);

    private final CheckRepository repository;
    private final ProbeStates states;
    private final Verdicts verdicts;
    private final EndpointProber prober;
    private final Clock clock;
    private final ExecutorService probes;
    private final Set<CheckKey> inFlight = ConcurrentHashMap.newKeySet();

    Checker(CheckRepository repository, ProbeStates states, Verdicts verdicts, EndpointProber prober, Clock clock,
            ExecutorService probes) {
        this.repository = repository;
        this.states = states;
        this.verdicts = verdicts;
        this.prober = prober;
        this.clock = clock;
        this.probes = probes;
    }

    /** Runs one round; the future completes when the probes it started have been recorded. */
    CompletableFuture<Void> tick() {
        Instant now = clock.instant();
        List<CompletableFuture<Void>> started = new ArrayList<>();
        Set<CheckKey> present = new HashSet<>();
        for (CheckKey key : repository.all()) {
            Optional<StoredCheck> found = repository.find(key.account(), key.id());
            if (found.isEmpty()) {
                continue;
            }
            StoredCheck check = found.get();
            present.add(key);
            if (shouldProbe(check, key, now)) {
                started.add(CompletableFuture.runAsync(() -> probe(check, now), probes)
                        .whenComplete((ignored, error) -> inFlight.remove(key)));
            } else {
                verdicts.refresh(check);
            }
        }
        verdicts.retainOnly(present);
        return CompletableFuture.allOf(started.toArray(CompletableFuture[]::new));
    }

    private boolean shouldProbe(StoredCheck check, CheckKey key, Instant now) {
        CheckConfig config = check.config();
        if (!config.probesEndpoint() || config.isDisabled() || inFlight.contains(key)) {
            return false;
        }
        Duration interval = Duration.ofSeconds(config.requestInterval());
        Instant last = states.get(key.account(), key.id()).lastCheckedAt();
        if (last != null && now.isBefore(last.plus(interval))) {
            return false;
        }
        if (!states.lease(key.account(), key.id(), interval.minus(LEASE_MARGIN))) {
            return false;
        }
        return inFlight.add(key);
    }

    private void probe(StoredCheck check, Instant startedAt) {
        try {
            ProbeResult result = prober.probe(check.config());
            Optional<StoredCheck> current = repository.find(check.account(), check.id());
            if (current.isEmpty()) {
                return;
            }
            CheckConfig config = current.get().config();
            ProbeState.Observation observation = new ProbeState.Observation(result.success(), result.report(),
                    startedAt, result.checkerIp());
            ProbeState next = states.get(check.account(), check.id())
                    .after(result.success() != config.isInverted(), config.failureThreshold(), observation);
            states.put(check.account(), check.id(), next);
            verdicts.refresh(current.get());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Health check probe failed for " + check.id(), e);
        }
    }
}
