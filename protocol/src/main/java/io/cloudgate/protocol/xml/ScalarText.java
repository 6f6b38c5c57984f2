package io.cloudgate.protocol.xml;

import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.wire.MalformedRequestException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;

/**
 * Simple values as text, the way query forms, XML documents, headers and URI labels carry them. Parsing failures
 * name the offending parameter and are {@link MalformedRequestException}s.
 */
public final class ScalarText {
    private ScalarText() {
    }

    /**
     * @param what the parameter or element path, for the error message
     * @param format the timestamp format to expect (the member's, or the location's default)
     */
    public static Object parse(ShapeType type, String text, TimestampFormat format, String what) {
        try {
            return switch (type) {
                case STRING -> text;
                case BOOLEAN -> parseBoolean(text.trim(), what);
                case BYTE -> Byte.parseByte(text.trim());
                case SHORT -> Short.parseShort(text.trim());
                case INTEGER -> Integer.parseInt(text.trim());
                case LONG -> Long.parseLong(text.trim());
                case FLOAT -> Float.parseFloat(floatText(text.trim()));
                case DOUBLE -> Double.parseDouble(floatText(text.trim()));
                case BIG_INTEGER -> new BigInteger(text.trim());
                case BIG_DECIMAL -> new BigDecimal(text.trim());
                case TIMESTAMP -> TimestampText.parse(text, format, what);
                case BLOB -> Base64.getMimeDecoder().decode(strictBase64(text.trim(), what));
                default -> throw new IllegalStateException("Not a simple shape: " + type);
            };
        } catch (IllegalArgumentException e) {
            // NumberFormatException, and bad base64 padding from the decoder
            throw new MalformedRequestException("Invalid " + type.name().toLowerCase(java.util.Locale.ROOT)
                    + " value for " + what + ": " + TimestampText.abbreviate(text));
        }
    }

    public static String format(ShapeType type, Object value, TimestampFormat format) {
        return switch (type) {
            case FLOAT -> formatFloatingPoint(((Number) value).floatValue(), Float.toString(((Number) value)
                    .floatValue()));
            case DOUBLE -> formatFloatingPoint(((Number) value).doubleValue(), Double.toString(((Number) value)
                    .doubleValue()));
            case BIG_DECIMAL -> ((BigDecimal) value).toPlainString();
            case TIMESTAMP -> TimestampText.format((Instant) value, format);
            case BLOB -> Base64.getEncoder().encodeToString((byte[]) value);
            default -> value.toString();
        };
    }

    private static Boolean parseBoolean(String text, String what) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new MalformedRequestException("Invalid boolean value for " + what + ": "
                + TimestampText.abbreviate(text));
    }

    /** Java would also accept "1f" or "0x1p3"; AWS accepts decimal numbers and the three special names only. */
    private static String floatText(String text) {
        if (text.equals("NaN") || text.equals("Infinity") || text.equals("-Infinity")) {
            return text;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw new NumberFormatException(text);
            }
        }
        return text;
    }

    private static String strictBase64(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '+' || c == '/' || c == '=' || c == '\r' || c == '\n';
            if (!ok) {
                throw new MalformedRequestException("Invalid base64 value for " + what);
            }
        }
        return text;
    }

    /** Numbers without an exponent ("1.0E10" becomes "10000000000"); NaN and infinities by name. */
    private static String formatFloatingPoint(double value, String javaText) {
        if (Double.isNaN(value) || Double.isInfinite(value) || javaText.indexOf('E') < 0) {
            return javaText;
        }
        return new BigDecimal(javaText).toPlainString();
    }
}
