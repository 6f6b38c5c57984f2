package io.cloudgate.protocol.schema;

/**
 * Kinds of shapes, as Smithy defines them. Codecs exchange values as plain Java objects:
 * String, Boolean, Byte, Short, Integer, Long, Float, Double, BigInteger, BigDecimal,
 * Instant (TIMESTAMP), byte[] (BLOB), List (LIST), Map with String keys (MAP), and for
 * STRUCTURE/UNION whatever the schema's builder builds. Enums travel as String/Integer.
 */
public enum ShapeType {
    STRUCTURE, UNION, LIST, MAP,
    STRING, BOOLEAN, BYTE, SHORT, INTEGER, LONG, FLOAT, DOUBLE, BIG_INTEGER, BIG_DECIMAL,
    TIMESTAMP, BLOB, DOCUMENT
}
