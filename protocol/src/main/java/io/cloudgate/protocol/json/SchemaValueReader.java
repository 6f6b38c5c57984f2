package io.cloudgate.protocol.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.StructureBuilder;
import io.cloudgate.protocol.wire.MalformedRequestException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a schema-described value from a Jackson token stream, JSON or CBOR alike. Unknown members are
 * skipped, null structure members are treated as absent, nulls inside lists and maps are kept (sparse
 * collections). Wrong value types become {@link MalformedRequestException}.
 * Documents become plain Java values: Map, List, String, Boolean, Number or null.
 */
public final class SchemaValueReader {
    private final TimestampEncoding timestamps;

    public SchemaValueReader(TimestampEncoding timestamps) {
        this.timestamps = timestamps;
    }

    /** Reads the structure whose START_OBJECT is the parser's current token, matching members by request name. */
    public Object readStructure(JsonParser parser, Schema schema) throws IOException {
        expect(parser, JsonToken.START_OBJECT, schema.shapeName());
        StructureBuilder builder = schema.newBuilder();
        int membersSet = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            MemberSchema member = memberByRequestName(schema, parser.currentName());
            JsonToken token = parser.nextToken();
            if (member == null) {
                parser.skipChildren();
            } else if (token != JsonToken.VALUE_NULL) {
                builder.set(member, readValue(parser, member.target(), member));
                membersSet++;
            }
        }
        if (schema.type() == ShapeType.UNION && membersSet > 1) {
            throw new MalformedRequestException("Union " + schema.shapeName() + " must have exactly one member set");
        }
        return builder.build();
    }

    /** Reads the value at the current token as the given shape; member supplies the timestamp format, if any. */
    public Object readValue(JsonParser parser, Schema schema, MemberSchema member) throws IOException {
        return switch (schema.type()) {
            case STRUCTURE, UNION -> readStructure(parser, schema);
            case LIST -> readList(parser, schema);
            case MAP -> readMap(parser, schema);
            case STRING -> {
                expect(parser, JsonToken.VALUE_STRING, schema.shapeName());
                yield parser.getText();
            }
            case BOOLEAN -> readBoolean(parser, schema);
            case BYTE -> (byte) readIntegral(parser, schema, Byte.MIN_VALUE, Byte.MAX_VALUE);
            case SHORT -> (short) readIntegral(parser, schema, Short.MIN_VALUE, Short.MAX_VALUE);
            case INTEGER -> (int) readIntegral(parser, schema, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG -> readIntegral(parser, schema, Long.MIN_VALUE, Long.MAX_VALUE);
            case FLOAT -> (float) readFloatingPoint(parser, schema);
            case DOUBLE -> readFloatingPoint(parser, schema);
            case BIG_INTEGER -> {
                expect(parser, JsonToken.VALUE_NUMBER_INT, schema.shapeName());
                yield parser.getBigIntegerValue();
            }
            case BIG_DECIMAL -> {
                expectNumber(parser, schema);
                yield parser.getDecimalValue();
            }
            case TIMESTAMP -> timestamps.read(parser, member == null ? null : member.timestampFormat());
            case BLOB -> readBlob(parser, schema);
            case DOCUMENT -> readDocument(parser);
        };
    }

    private List<Object> readList(JsonParser parser, Schema schema) throws IOException {
        expect(parser, JsonToken.START_ARRAY, schema.shapeName());
        MemberSchema element = schema.listMember();
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(parser.currentToken() == JsonToken.VALUE_NULL ? null : readValue(parser, element.target(), element));
        }
        return list;
    }

    private Map<String, Object> readMap(JsonParser parser, Schema schema) throws IOException {
        expect(parser, JsonToken.START_OBJECT, schema.shapeName());
        MemberSchema value = schema.mapValue();
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            map.put(key, token == JsonToken.VALUE_NULL ? null : readValue(parser, value.target(), value));
        }
        return map;
    }

    private static Boolean readBoolean(JsonParser parser, Schema schema) {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw mismatch(parser, "boolean", schema);
        }
        return token == JsonToken.VALUE_TRUE;
    }

    private static long readIntegral(JsonParser parser, Schema schema, long min, long max) throws IOException {
        expect(parser, JsonToken.VALUE_NUMBER_INT, schema.shapeName());
        JsonParser.NumberType type = parser.getNumberType();
        if (type == JsonParser.NumberType.BIG_INTEGER) {
            throw new MalformedRequestException("Value out of range for " + schema.shapeName());
        }
        long value = parser.getLongValue();
        if (value < min || value > max) {
            throw new MalformedRequestException("Value " + value + " out of range for " + schema.shapeName());
        }
        return value;
    }

    private static double readFloatingPoint(JsonParser parser, Schema schema) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return switch (parser.getText()) {
                case "NaN" -> Double.NaN;
                case "Infinity" -> Double.POSITIVE_INFINITY;
                case "-Infinity" -> Double.NEGATIVE_INFINITY;
                default -> throw mismatch(parser, "number", schema);
            };
        }
        expectNumber(parser, schema);
        return parser.getDoubleValue();
    }

    private static byte[] readBlob(JsonParser parser, Schema schema) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_EMBEDDED_OBJECT) {
            throw mismatch(parser, "blob", schema);
        }
        // Base64 text in JSON, a byte string in CBOR: Jackson decodes either.
        return parser.getBinaryValue();
    }

    private static Object readDocument(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    map.put(key, readDocument(parser));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readDocument(parser));
                }
                yield list;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_TRUE, VALUE_FALSE -> token == JsonToken.VALUE_TRUE;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_NULL -> null;
            default -> throw new MalformedRequestException("Unsupported document value: " + token);
        };
    }

    private static MemberSchema memberByRequestName(Schema schema, String name) {
        for (MemberSchema member : schema.members()) {
            if (member.requestName().equals(name)) {
                return member;
            }
        }
        return null;
    }

    private static void expect(JsonParser parser, JsonToken expected, String shapeName) {
        if (parser.currentToken() != expected) {
            throw new MalformedRequestException(
                    "Expected " + describe(expected) + " for " + shapeName + " but found " + describe(parser.currentToken()));
        }
    }

    private static void expectNumber(JsonParser parser, Schema schema) {
        if (parser.currentToken() == null || !parser.currentToken().isNumeric()) {
            throw mismatch(parser, "number", schema);
        }
    }

    private static MalformedRequestException mismatch(JsonParser parser, String expected, Schema schema) {
        return new MalformedRequestException(
                "Expected " + expected + " for " + schema.shapeName() + " but found " + describe(parser.currentToken()));
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "end of input";
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT -> "object";
            case START_ARRAY, END_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT -> "integer";
            case VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            case VALUE_EMBEDDED_OBJECT -> "binary";
            default -> token.name();
        };
    }
}
