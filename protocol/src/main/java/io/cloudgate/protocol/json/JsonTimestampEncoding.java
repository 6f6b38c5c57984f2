package io.cloudgate.protocol.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.wire.MalformedRequestException;
import java.io.IOException;
import java.time.Instant;

/** JSON timestamps: epoch seconds as a number unless the member says date-time or http-date. */
public final class JsonTimestampEncoding implements TimestampEncoding {
    public static final JsonTimestampEncoding INSTANCE = new JsonTimestampEncoding();

    private JsonTimestampEncoding() {
    }

    @Override
    public Instant read(JsonParser parser, TimestampFormat format) throws IOException {
        TimestampFormat effective = format == null ? TimestampFormat.EPOCH_SECONDS : format;
        JsonToken token = parser.currentToken();
        if (effective == TimestampFormat.EPOCH_SECONDS) {
            if (!token.isNumeric()) {
                throw new MalformedRequestException("Expected epoch seconds but found " + token);
            }
            return TimestampText.fromEpochSeconds(parser.getDecimalValue());
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new MalformedRequestException("Expected a " + effective + " timestamp string but found " + token);
        }
        return effective == TimestampFormat.DATE_TIME
                ? TimestampText.parseDateTime(parser.getText())
                : TimestampText.parseHttpDate(parser.getText());
    }

    @Override
    public void write(JsonGenerator generator, Instant value, TimestampFormat format) throws IOException {
        TimestampFormat effective = format == null ? TimestampFormat.EPOCH_SECONDS : format;
        switch (effective) {
            case EPOCH_SECONDS -> generator.writeNumber(TimestampText.toEpochSeconds(value));
            case DATE_TIME -> generator.writeString(TimestampText.formatDateTime(value));
            case HTTP_DATE -> generator.writeString(TimestampText.formatHttpDate(value));
        }
    }
}
