package io.cloudgate.protocol.xml;

import io.cloudgate.protocol.wire.ChunkedBytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A small streaming XML writer. Text and attribute values are escaped; characters XML 1.0 cannot carry at all
 * (most C0 controls, unpaired surrogates, U+FFFE/U+FFFF) are dropped; CR (and in attributes TAB/LF) are written
 * as character references so that parsers do not normalize them away.
 *
 * <p>Markup is built as text and encoded into chunks of UTF-8 bytes as it grows, when a caller marks a position or
 * appends encoded markup: documents assembled mostly from kept encodings copy bytes instead of re-encoding
 * megabytes of text, and no document needs one huge array.
 */
public final class XmlWriter {
    /** Text beyond this many characters is encoded into chunks rather than kept growing. */
    private static final int PENDING_LIMIT = 32 * 1024;

    private final StringBuilder out = new StringBuilder(512);
    private ChunkedBytes encoded;
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
        if (out.length() > PENDING_LIMIT) {
            encodePending();
        }
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

    /** Where the next output goes, for {@link #since(long)}. */
    public long mark() {
        closeStartTag();
        encodePending();
        return encoded.length();
    }

    /** The UTF-8 markup written since the mark: complete elements, when the caller marked between elements. */
    public byte[] since(long mark) {
        encodePending();
        return encoded.copyFrom(mark);
    }

    /** Appends UTF-8 markup written earlier by {@link #since(long)}, as it is; the array must never change. */
    public XmlWriter raw(byte[] markup) {
        closeStartTag();
        encodePending();
        encoded.appendShared(markup);
        return this;
    }

    public byte[] toBytes() {
        requireClosed();
        if (encoded == null) {
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
        encodePending();
        return encoded.copyFrom(0);
    }

    /** The document as chunks of UTF-8, for a response body, without joining them into one array. */
    public List<byte[]> toChunks() {
        requireClosed();
        if (encoded == null) {
            return List.of(out.toString().getBytes(StandardCharsets.UTF_8));
        }
        encodePending();
        return encoded.chunks();
    }

    @Override
    public String toString() {
        String pending = out.toString();
        if (encoded == null) {
            return pending;
        }
        return new String(encoded.copyFrom(0), StandardCharsets.UTF_8) + pending;
    }

    private void requireClosed() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
    }

    private void encodePending() {
        if (encoded == null) {
            encoded = new ChunkedBytes();
        }
        if (!out.isEmpty()) {
            encoded.append(out.toString().getBytes(StandardCharsets.UTF_8));
            out.setLength(0);
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
