package io.cloudgate.gateway;

import io.cloudgate.gateway.FuzzRequest.SignatureMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * What the storm did, per protocol: requests sent, statuses seen, how many got past authentication; violations;
 * the slowest exchanges.
 */
final class FuzzTally {
    private static final int SLOWEST_KEPT = 5;
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final Map<String, int[]> freshPastAuthentication = new TreeMap<>();
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final TreeMap<Long, String> slowest = new TreeMap<>();

    synchronized void record(FuzzRequest request, FuzzSigner.Signed signed, FuzzClient.Result result,
                             Optional<String> violation, long millis) {
        slowest.put(millis * 100_000 + slowest.size(), millis + " ms " + request.label());
        if (slowest.size() > SLOWEST_KEPT) {
            slowest.pollFirstEntry();
        }
        int status = result.response() == null ? -1 : result.response().status();
        statuses.computeIfAbsent(request.protocol(), p -> new TreeMap<>()).merge(status, 1, Integer::sum);
        if (isFreshlySigned(request, signed)) {
            int[] counts = freshPastAuthentication.computeIfAbsent(request.protocol(), p -> new int[2]);
            counts[0]++;
            if (status != 403) {
                counts[1]++;
            }
        }
        violation.ifPresent(problem -> violations.add("[" + request.protocol() + "] " + request.label() + signed.note()
                + "\n    -> " + (result.response() == null ? result.failure()
                : result.response().status() + " " + EnvelopeCheck.head(result.response().body()))
                + "\n    problem: " + problem));
    }

    /** Signed for the seed's own service after mutation, with an intact Authorization header. */
    private static boolean isFreshlySigned(FuzzRequest request, FuzzSigner.Signed signed) {
        return request.signature() == SignatureMode.FRESH && request.garble() == null && signed.note().isEmpty()
                && (request.origin() == null || request.signingName().equals(request.origin().signingName()));
    }

    synchronized int sent(String protocol) {
        return statuses.getOrDefault(protocol, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The share of freshly signed requests that were not refused with 403, i.e. reached the operation's decoder. */
    synchronized double pastAuthenticationShare(String protocol) {
        int[] counts = freshPastAuthentication.getOrDefault(protocol, new int[2]);
        return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    synchronized String summary() {
        return statuses.entrySet().stream().map(e -> String.format("%-10s sent=%d past-auth=%.0f%% statuses=%s",
                        e.getKey(), sent(e.getKey()), 100 * pastAuthenticationShare(e.getKey()), e.getValue()))
                .collect(Collectors.joining("\n")) + "\nslowest:\n  "
                + String.join("\n  ", slowest.descendingMap().values());
    }
}
