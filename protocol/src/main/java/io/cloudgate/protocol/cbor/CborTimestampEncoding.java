package io.cloudgate.protocol.cbor;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import io.cloudgate.protocol.json.TimestampEncoding;
import io.cloudgate.protocol.json.TimestampText;
import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.wire.MalformedRequestException;
import java.io.IOException;
import java.time.Instant;

/**
 * rpcv2Cbor timestamps: CBOR tag 1 (epoch-based date/time) followed by an integer or a float, whatever
 * timestampFormat the model declares. An untagged number is accepted as well.
 */
public final class CborTimestampEncoding implements TimestampEncoding {
    public static final CborTimestampEncoding INSTANCE = new CborTimestampEncoding();
    private static final int EPOCH_DATE_TIME_TAG = 1;

    private CborTimestampEncoding() {
    }

    @Override
    public Instant read(JsonParser parser, TimestampFormat format) throws IOException {
        if (!parser.currentToken().isNumeric()) {
            throw new MalformedRequestException("Expected a tag 1 epoch timestamp but found " + parser.currentToken());
        }
        double seconds = parser.getDoubleValue();
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            throw new MalformedRequestException("Timestamp is not a finite number");
        }
        return TimestampText.fromEpochSeconds(parser.getDecimalValue());
    }

    @Override
    public void write(JsonGenerator generator, Instant value, TimestampFormat format) throws IOException {
        ((CBORGenerator) generator).writeTag(EPOCH_DATE_TIME_TAG);
        if (value.getNano() == 0) {
            generator.writeNumber(value.getEpochSecond());
        } else {
            // Tag 1 allows only integers and floats; a BigDecimal would become a tag 4 decimal fraction.
            generator.writeNumber(TimestampText.toEpochSeconds(value).doubleValue());
        }
    }
}
