package io.cloudgate.protocol.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A small streaming XML writer. Text and attribute values are escaped; characters XML 1.0 cannot carry at all
 * (most C0 controls, unpaired surrogates, U+FFFE/U+FFFF) are dropped; CR (and in attributes TAB/LF) are written
 * as character references so that parsers do not normalize them away.
 *
 * <p>Markup is built as text; once a caller marks a position or appends encoded markup, the text so far is
 * encoded into a byte buffer, so that documents assembled mostly from kept encodings copy bytes instead of
 * re-encoding megabytes of text.
 */
public final class XmlWriter {
    private final StringBuilder out = new StringBuilder(512);
    private byte[] encoded;
    private int encodedLength;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;

    public XmlWriter declaration() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return this;
    }

    public XmlWriter start(String name) {
        closeStartTag();
        out.append('<').append(name);
        open.push(name);
        startTagOpen = true;
        return this;
    }

    /** Adds an attribute to the element just started; null values are skipped. */
    public XmlWriter attribute(String name, String value) {
        if (!startTagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        if (value != null) {
            out.append(' ').append(name).append("=\"");
            escape(value, true);
            out.append('"');
        }
        return this;
    }

    public XmlWriter text(String text) {
        closeStartTag();
        escape(text, false);
        return this;
    }

    public XmlWriter end() {
        String name = open.pop();
        if (startTagOpen) {
            out.append("/>");
            startTagOpen = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** {@code <name>text</name>}, or {@code <name/>} when text is null. */
    public XmlWriter element(String name, String text) {
        start(name);
        if (text != null) {
            text(text);
        }
        return end();
    }

    /** Where the next output goes, for {@link #since(int)}. */
    public int mark() {
        closeStartTag();
        encodePending();
        return encodedLength;
    }

    /** The UTF-8 markup written since the mark: complete elements, when the caller marked between elements. */
    public byte[] since(int mark) {
        encodePending();
        return Arrays.copyOfRange(encoded, mark, encodedLength);
    }

    /** Appends UTF-8 markup written earlier by {@link #since(int)}, as it is. */
    public XmlWriter raw(byte[] markup) {
        closeStartTag();
        encodePending();
        ensureEncoded(markup.length);
        System.arraycopy(markup, 0, encoded, encodedLength, markup.length);
        encodedLength += markup.length;
        return this;
    }

    public byte[] toBytes() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        if (encoded == null) {
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
        encodePending();
        return Arrays.copyOf(encoded, encodedLength);
    }

    @Override
    public String toString() {
        return new String(toBytesSoFar(), StandardCharsets.UTF_8);
    }

    private byte[] toBytesSoFar() {
        byte[] pending = out.toString().getBytes(StandardCharsets.UTF_8);
        if (encoded == null) {
            return pending;
        }
        byte[] all = Arrays.copyOf(encoded, encodedLength + pending.length);
        System.arraycopy(pending, 0, all, encodedLength, pending.length);
        return all;
    }

    private void encodePending() {
        if (encoded == null) {
            encoded = new byte[Math.max(1024, out.length() * 2)];
        }
        if (out.isEmpty()) {
            return;
        }
        byte[] pending = out.toString().getBytes(StandardCharsets.UTF_8);
        ensureEncoded(pending.length);
        System.arraycopy(pending, 0, encoded, encodedLength, pending.length);
        encodedLength += pending.length;
        out.setLength(0);
    }

    private void ensureEncoded(int more) {
        if (encoded.length - encodedLength < more) {
            encoded = Arrays.copyOf(encoded, Math.max(encoded.length * 2, encodedLength + more));
        }
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
    }

    private void escape(String text, boolean attribute) {
        int plain = plainLength(text);
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#xD;");
                case '\n' -> out.append(attribute ? "&#xA;" : "\n");
                case '\t' -> out.append(attribute ? "&#x9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** How many leading characters need no escaping, no dropping and no pairing: most text is all of them. */
    private static int plainLength(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0xD800 || c == '&' || c == '<' || c == '>' || c == '"') {
                return i;
            }
        }
        return text.length();
    }

    /** XML 1.0 Char production for a single BMP char; surrogates only count as part of a pair. */
    private static boolean isXmlChar(char c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
