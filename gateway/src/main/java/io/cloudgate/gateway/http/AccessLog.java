package io.cloudgate.gateway.http;

import io.cloudgate.gateway.Outcome;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log file: one line per request with time, request id, remote address, account, service, operation,
 * status and latency. A request only enqueues its entry (no lock, no formatting, no system call, no thread
 * wake-up); one background thread formats what has queued up and writes it in one go, at least every
 * {@link #FLUSH_INTERVAL_MILLIS} ms and on {@link #close()}.
 */
final class AccessLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);
    private static final long FLUSH_INTERVAL_MILLIS = 200;
    /** A backlog this long wakes the writer before its interval is up. */
    private static final int WAKE_BACKLOG = 8192;
    /** Past this backlog (the disk is not keeping up) requests wait for the writer rather than lose their line. */
    private static final int MAX_BACKLOG = 262_144;

    private record Entry(long epochMillis, String requestId, String remote, Outcome outcome, long micros) {
    }

    private final Queue<Entry> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger backlog = new AtomicInteger();
    private final Clock clock;
    private final OutputStream out;
    private final AccessLogFormat format = new AccessLogFormat();
    private final Thread writer;
    private volatile boolean closed;

    private AccessLog(Clock clock, OutputStream out) {
        this.clock = clock;
        this.out = out;
        this.writer = Thread.ofPlatform().name("cloudgate-access-log").daemon().unstarted(this::run);
    }

    /** Appends to {@code file}, creating it when absent. */
    static AccessLog open(Path file, Clock clock) {
        try {
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND), 1 << 16);
            AccessLog log = new AccessLog(clock, out);
            log.writer.start();
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open access log " + file, e);
        }
    }

    /** @param remote the client's address as written in the log, e.g. {@code /127.0.0.1:50412} */
    void record(String requestId, String remote, Outcome outcome, long startNanos) {
        if (closed) {
            return;
        }
        long micros = (System.nanoTime() - startNanos) / 1000;
        queue.offer(new Entry(clock.millis(), requestId, remote, outcome, micros));
        int waiting = backlog.incrementAndGet();
        if (waiting == WAKE_BACKLOG) {
            LockSupport.unpark(writer);
        }
        while (waiting > MAX_BACKLOG && !closed) {
            LockSupport.unpark(writer);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            waiting = backlog.get();
        }
    }

    /** Writes every line recorded so far, then stops the writer. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        LockSupport.unpark(writer);
        writer.join(TimeUnit.SECONDS.toMillis(10));
    }

    private void run() {
        StringBuilder line = new StringBuilder(256);
        boolean stopping;
        do {
            stopping = closed;
            writeQueued(line);
            if (!stopping) {
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(FLUSH_INTERVAL_MILLIS));
            }
        } while (!stopping);
        try {
            out.close();
        } catch (IOException e) {
            LOG.error("Cannot close the access log", e);
        }
    }

    private void writeQueued(StringBuilder line) {
        int written = 0;
        try {
            for (Entry entry = queue.poll(); entry != null; entry = queue.poll()) {
                written++;
                line.setLength(0);
                format.append(line, entry.epochMillis(), entry.requestId(), entry.remote(), entry.outcome(),
                        entry.micros());
                out.write(line.toString().getBytes(StandardCharsets.UTF_8));
            }
            if (written > 0) {
                out.flush();
            }
        } catch (IOException e) {
            LOG.error("Cannot write the access log", e);
        } finally {
            backlog.addAndGet(-written);
        }
    }
}
