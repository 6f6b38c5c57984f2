package io.cloudgate.protocol.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a schema-described value to a Jackson generator, JSON or CBOR alike. Unset (null) structure members
 * are omitted; nulls inside lists and maps are written (sparse collections). A value of the wrong Java type is a
 * programming error of the operation and fails with {@link IllegalArgumentException}.
 */
public final class SchemaValueWriter {
    private final TimestampEncoding timestamps;

    public SchemaValueWriter(TimestampEncoding timestamps) {
        this.timestamps = timestamps;
    }

    public void writeStructure(JsonGenerator generator, Schema schema, Object value) throws IOException {
        generator.writeStartObject();
        writeMembers(generator, schema, value);
        generator.writeEndObject();
    }

    /** Writes the set members of value as fields of the object being generated, by response name. */
    public void writeMembers(JsonGenerator generator, Schema schema, Object value) throws IOException {
        if (value == null) {
            return;
        }
        for (MemberSchema member : schema.members()) {
            Object memberValue = schema.memberValue(value, member);
            if (memberValue != null) {
                generator.writeFieldName(member.responseName());
                writeValue(generator, member.target(), member, memberValue);
            }
        }
    }

    public void writeValue(JsonGenerator generator, Schema schema, MemberSchema member, Object value) throws IOException {
        switch (schema.type()) {
            case STRUCTURE, UNION -> writeStructure(generator, schema, value);
            case LIST -> writeList(generator, schema, value);
            case MAP -> writeMap(generator, schema, value);
            case STRING -> generator.writeString(as(String.class, value, schema));
            case BOOLEAN -> generator.writeBoolean(as(Boolean.class, value, schema));
            case BYTE, SHORT, INTEGER -> generator.writeNumber(as(Number.class, value, schema).intValue());
            case LONG -> generator.writeNumber(as(Number.class, value, schema).longValue());
            case FLOAT -> generator.writeNumber(as(Number.class, value, schema).floatValue());
            case DOUBLE -> generator.writeNumber(as(Number.class, value, schema).doubleValue());
            case BIG_INTEGER -> generator.writeNumber(toBigInteger(as(Number.class, value, schema)));
            case BIG_DECIMAL -> generator.writeNumber(toBigDecimal(as(Number.class, value, schema)));
            case TIMESTAMP -> timestamps.write(generator, as(Instant.class, value, schema),
                    member == null ? null : member.timestampFormat());
            case BLOB -> generator.writeBinary(as(byte[].class, value, schema));
            case DOCUMENT -> writeDocument(generator, value);
        }
    }

    private void writeList(JsonGenerator generator, Schema schema, Object value) throws IOException {
        MemberSchema element = schema.listMember();
        generator.writeStartArray();
        for (Object item : as(Collection.class, value, schema)) {
            if (item == null) {
                generator.writeNull();
            } else {
                writeValue(generator, element.target(), element, item);
            }
        }
        generator.writeEndArray();
    }

    private void writeMap(JsonGenerator generator, Schema schema, Object value) throws IOException {
        MemberSchema entryValue = schema.mapValue();
        generator.writeStartObject();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) as(Map.class, value, schema)).entrySet()) {
            generator.writeFieldName(String.valueOf(entry.getKey()));
            if (entry.getValue() == null) {
                generator.writeNull();
            } else {
                writeValue(generator, entryValue.target(), entryValue, entry.getValue());
            }
        }
        generator.writeEndObject();
    }

    private static void writeDocument(JsonGenerator generator, Object value) throws IOException {
        switch (value) {
            case null -> generator.writeNull();
            case Map<?, ?> map -> {
                generator.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    generator.writeFieldName(String.valueOf(entry.getKey()));
                    writeDocument(generator, entry.getValue());
                }
                generator.writeEndObject();
            }
            case Collection<?> list -> {
                generator.writeStartArray();
                for (Object item : list) {
                    writeDocument(generator, item);
                }
                generator.writeEndArray();
            }
            case String text -> generator.writeString(text);
            case Boolean bool -> generator.writeBoolean(bool);
            case BigDecimal decimal -> generator.writeNumber(decimal);
            case BigInteger integer -> generator.writeNumber(integer);
            case Double number -> generator.writeNumber(number);
            case Float number -> generator.writeNumber(number);
            case Number number -> generator.writeNumber(number.longValue());
            default -> throw new IllegalArgumentException("Unsupported document value: " + value.getClass().getName());
        }
    }

    private static BigInteger toBigInteger(Number number) {
        return number instanceof BigInteger big ? big : BigInteger.valueOf(number.longValue());
    }

    private static BigDecimal toBigDecimal(Number number) {
        if (number instanceof BigDecimal big) {
            return big;
        }
        return number instanceof BigInteger big ? new BigDecimal(big) : new BigDecimal(number.toString());
    }

    private static <T> T as(Class<T> type, Object value, Schema schema) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Value for " + schema.shapeName() + " must be " + type.getSimpleName()
                    + " but is " + value.getClass().getName());
        }
        return type.cast(value);
    }
}
