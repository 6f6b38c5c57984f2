package io.cloudgate.cloudstack.client;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An expect-test transport: each request must be the next expected recording, with exactly its parameters and a
 * valid signature under the secret key; the recorded answer is returned. A mismatch fails with an AssertionError
 * naming the recording, so the test shows which request went wrong.
 */
public final class ReplayingTransport implements CloudStackTransport {
    private final String secretKey;
    private final Deque<Recording> expected = new ArrayDeque<>();
    private int served;

    public ReplayingTransport(String secretKey) {
        this.secretKey = secretKey;
    }

    public synchronized ReplayingTransport expect(Recording... recordings) {
        expected.addAll(List.of(recordings));
        return this;
    }

    public synchronized ReplayingTransport expect(String... resources) {
        for (String resource : resources) {
            expected.add(Recording.load(resource));
        }
        return this;
    }

    @Override
    public synchronized RawResponse send(SignedRequest request) {
        Recording next = expected.poll();
        if (next == null) {
            throw new AssertionError("Unexpected request " + request.params());
        }
        if (!CloudStackSigner.verifies(secretKey, request.params())) {
            throw new AssertionError("Invalid signature on " + request.command());
        }
        Map<String, String> sent = new HashMap<>(request.params());
        sent.remove("apiKey");
        sent.remove("signature");
        if (!sent.equals(next.params())) {
            throw new AssertionError("Request " + (served + 1) + " should be " + next.name() + "\n  expected "
                    + new java.util.TreeMap<>(next.params()) + "\n  but was  " + new java.util.TreeMap<>(sent));
        }
        served++;
        return new RawResponse(next.status(), next.body());
    }

    /** Recordings not asked for yet. */
    public synchronized int remaining() {
        return expected.size();
    }

    public synchronized int served() {
        return served;
    }
}
