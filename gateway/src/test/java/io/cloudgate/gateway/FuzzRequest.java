package io.cloudgate.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One request of the fuzz corpus, as built and before signing. Host, X-Amz-Date, Authorization and Content-Length
 * are not among the headers: they are added when the request is signed and sent.
 *
 * @param label        what the request is, for failure reports: seed, mutations, signature mode
 * @param protocol     the protocol id of the seed it was mutated from ("awsQuery", "rpcv2Cbor", ...)
 * @param signingName  the service the request is signed for
 * @param format       how the body is laid out, which decides the structure-aware mutations that apply
 * @param origin       the seed this was mutated from (its signature is reused in {@link SignatureMode#STALE}),
 *                     null for a seed
 * @param garble       applied to the Authorization header after signing (null when not garbled; may return null
 *                     to drop the header)
 */
record FuzzRequest(String label, String protocol, String signingName, BodyFormat format, String method, String path,
                   String query, List<Header> headers, byte[] body, SignatureMode signature, Framing framing,
                   FuzzRequest origin, UnaryOperator<String> garble) {

    enum BodyFormat { NONE, FORM, JSON, CBOR, XML }

    enum SignatureMode {
        /** Signed after mutation, so the request reaches the decoders. */
        FRESH,
        /** Carries the seed's signature, which no longer matches. */
        STALE,
        /** Signed after mutation, but an hour ago. */
        EXPIRED,
        /** Signed after mutation in the query string (a presigned URL). */
        PRESIGNED,
        /** No Authorization header at all. */
        NONE
    }

    record Header(String name, String value) {
    }

    /**
     * How the request is put on the wire.
     *
     * @param declaredLength     Content-Length to send instead of the body's length, or null
     * @param expectContinue     send Expect: 100-continue and the body only after the interim response
     * @param chunked            send the body with Transfer-Encoding: chunked
     * @param mayCloseUnanswered the server may close the connection before the client can read an answer (a body
     *                           larger than the limit that is sent without waiting for 100-continue)
     * @param httpBroken         the request is not valid HTTP/1.1, so its service and protocol cannot be told
     */
    record Framing(Integer declaredLength, boolean expectContinue, boolean chunked, boolean mayCloseUnanswered,
                   boolean httpBroken) {
        static final Framing NORMAL = new Framing(null, false, false, false, false);
    }

    static FuzzRequest seed(String label, String protocol, String signingName, BodyFormat format, String method,
                            String path, String query, List<Header> headers, byte[] body) {
        return new FuzzRequest(label, protocol, signingName, format, method, path, query, List.copyOf(headers), body,
                SignatureMode.FRESH, Framing.NORMAL, null, null);
    }

    /** A mutant of this request, remembering it as the origin (when this is a seed). */
    FuzzRequest mutant(String mutation) {
        return new FuzzRequest(label + " | " + mutation, protocol, signingName, format, method, path, query, headers,
                body, signature, framing, origin == null ? this : origin, garble);
    }

    FuzzRequest withBody(byte[] newBody) {
        return new FuzzRequest(label, protocol, signingName, format, method, path, query, headers, newBody, signature,
                framing, origin, garble);
    }

    FuzzRequest withTarget(String newMethod, String newPath, String newQuery) {
        return new FuzzRequest(label, protocol, signingName, format, newMethod, newPath, newQuery, headers, body,
                signature, framing, origin, garble);
    }

    FuzzRequest withHeaders(List<Header> newHeaders) {
        return new FuzzRequest(label, protocol, signingName, format, method, path, query, List.copyOf(newHeaders),
                body, signature, framing, origin, garble);
    }

    FuzzRequest withSigning(String newSigningName, SignatureMode mode, UnaryOperator<String> newGarble) {
        return new FuzzRequest(label, protocol, newSigningName, format, method, path, query, headers, body, mode,
                framing, origin, newGarble);
    }

    FuzzRequest withFraming(Framing newFraming) {
        return new FuzzRequest(label, protocol, signingName, format, method, path, query, headers, body, signature,
                newFraming, origin, garble);
    }

    /** Replaces every header of that name (case-insensitively) by one with the value; a null value removes them. */
    FuzzRequest withHeader(String name, String value) {
        List<Header> result = new ArrayList<>();
        for (Header header : headers) {
            if (!header.name().equalsIgnoreCase(name)) {
                result.add(header);
            }
        }
        if (value != null) {
            result.add(new Header(name, value));
        }
        return withHeaders(result);
    }

    /** Adds a header, even when one of that name is already present. */
    FuzzRequest plusHeader(String name, String value) {
        List<Header> result = new ArrayList<>(headers);
        result.add(new Header(name, value));
        return withHeaders(result);
    }

    /** The first value of a header, case-insensitively, or null. */
    String header(String name) {
        for (Header header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                return header.value();
            }
        }
        return null;
    }
}
