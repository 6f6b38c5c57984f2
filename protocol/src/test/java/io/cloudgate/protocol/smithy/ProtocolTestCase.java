package io.cloudgate.protocol.smithy;

import java.util.Locale;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.protocoltests.traits.HttpMessageTestCase;

/**
 * One server-side case of the Smithy protocol test suites.
 *
 * @param subject the operation (request and response cases) or the error shape (error response cases)
 */
record ProtocolTestCase(String protocolId, Kind kind, ServiceShape service, Shape subject, HttpMessageTestCase testCase) {
    enum Kind { REQUEST, RESPONSE }

    String id() {
        return testCase.getId();
    }

    /** Unique across the suites: ids repeat between the request and response cases of one operation. */
    String key() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + id();
    }

    @Override
    public String toString() {
        return protocolId + " " + key() + " (" + subject.getId().getName() + ")";
    }
}
