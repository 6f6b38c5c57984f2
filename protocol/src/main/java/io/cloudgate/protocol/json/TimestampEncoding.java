package io.cloudgate.protocol.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.cloudgate.protocol.schema.TimestampFormat;
import java.io.IOException;
import java.time.Instant;

/**
 * How a Jackson-backed format carries timestamps: the one place where JSON (honours the timestampFormat trait,
 * epoch seconds by default) and CBOR (always tag 1 epoch seconds) differ while walking a schema.
 */
public interface TimestampEncoding {
    /** Reads the value at the parser's current token. */
    Instant read(JsonParser parser, TimestampFormat format) throws IOException;

    void write(JsonGenerator generator, Instant value, TimestampFormat format) throws IOException;
}
