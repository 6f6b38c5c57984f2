package io.cloudgate.sigv4;

import io.cloudgate.sigv4.AuthenticationException.Failure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Checks a request's signing time against the server clock, with AWS's 15-minute allowance for skew. */
final class RequestTimes {

    static final Duration ALLOWED_SKEW = Duration.ofMinutes(15);

    private final Clock clock;

    RequestTimes(Clock clock) {
        this.clock = clock;
    }

    /** A request signed at {@code signedAt} is accepted within 15 minutes either side of now. */
    void requireWithinSkew(Instant signedAt) {
        Instant now = clock.instant();
        requireNotTooEarly(signedAt, now, ALLOWED_SKEW, Failure.REQUEST_EXPIRED);
        requireNotInFuture(signedAt, now);
    }

    /** A presigned request is accepted until {@code validFor} after signing, and not before its signing time. */
    void requirePresignedValid(Instant signedAt, Duration validFor) {
        Instant now = clock.instant();
        requireNotInFuture(signedAt, now);
        requireNotTooEarly(signedAt, now, validFor, Failure.PRESIGNED_EXPIRED);
    }

    /** A SigV2 {@code Expires} instant must not have passed. */
    void requireNotPassed(Instant expires) {
        Instant now = clock.instant();
        if (now.isAfter(expires)) {
            throw new AuthenticationException(Failure.PRESIGNED_EXPIRED, "Request has expired. Expires date is "
                    + AmzDates.basic(expires) + ", now is " + AmzDates.basic(now) + ".");
        }
    }

    private static void requireNotTooEarly(Instant signedAt, Instant now, Duration window, Failure failure) {
        Instant earliest = now.minus(window);
        if (signedAt.isBefore(earliest)) {
            throw new AuthenticationException(failure, "Signature expired: " + AmzDates.basic(signedAt)
                    + " is now earlier than " + AmzDates.basic(earliest) + " (" + AmzDates.basic(now) + " - "
                    + describe(window) + ".)");
        }
    }

    private static void requireNotInFuture(Instant signedAt, Instant now) {
        Instant latest = now.plus(ALLOWED_SKEW);
        if (signedAt.isAfter(latest)) {
            throw new AuthenticationException(Failure.REQUEST_EXPIRED, "Signature not yet current: "
                    + AmzDates.basic(signedAt) + " is still later than " + AmzDates.basic(latest) + " ("
                    + AmzDates.basic(now) + " + " + describe(ALLOWED_SKEW) + ".)");
        }
    }

    private static String describe(Duration window) {
        long seconds = window.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " sec";
    }
}
