package io.cloudgate.protocol.smithy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** JSON bodies compared as trees: member order and number spelling (1 vs 1.0) do not matter. */
final class JsonBodies {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBodies() {
    }

    static String difference(String expected, byte[] actual) throws IOException {
        Object want = CanonicalValues.of(MAPPER.readValue(expected, Object.class));
        Object got = CanonicalValues.of(MAPPER.readValue(actual, Object.class));
        return want.equals(got) ? null : "JSON body differs:\n  expected " + want + "\n  actual   " + got;
    }
}
