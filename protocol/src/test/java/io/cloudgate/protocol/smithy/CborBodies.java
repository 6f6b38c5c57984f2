package io.cloudgate.protocol.smithy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CBOR bodies compared as decoded trees that keep semantic tags (tag 1 timestamps): definite vs indefinite
 * lengths, key order and float width do not matter; a float32 compares by its shortest decimal form.
 */
final class CborBodies {
    private static final CBORFactory CBOR = new CBORFactory();

    private CborBodies() {
    }

    /** A tagged data item. */
    record Tagged(int tag, Object value) {
    }

    static String difference(byte[] expected, byte[] actual) throws IOException {
        Object want = decode(expected);
        Object got = decode(actual);
        return want.equals(got) ? null : "CBOR body differs:\n  expected " + want + "\n  actual   " + got;
    }

    static Object decode(byte[] body) throws IOException {
        try (CBORParser parser = CBOR.createParser(body)) {
            parser.nextToken();
            return read(parser);
        }
    }

    private static Object read(CBORParser parser) throws IOException {
        int tag = parser.getCurrentTag();
        Object value = readUntagged(parser);
        return tag >= 0 ? new Tagged(tag, value) : value;
    }

    private static Object readUntagged(CBORParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new TreeMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    map.put(key, read(parser));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser));
                }
                yield list;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_TRUE, VALUE_FALSE -> token == JsonToken.VALUE_TRUE;
            case VALUE_NULL -> "<null>";
            case VALUE_EMBEDDED_OBJECT -> new CanonicalValues.Bytes(Base64.getEncoder().encodeToString(parser.getBinaryValue()));
            case VALUE_NUMBER_INT -> new BigDecimal(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> parser.getNumberType() == JsonParser.NumberType.FLOAT
                    ? CanonicalValues.of(parser.getFloatValue())
                    : CanonicalValues.of(parser.getDoubleValue());
            default -> throw new IOException("Unexpected CBOR token " + token);
        };
    }
}
