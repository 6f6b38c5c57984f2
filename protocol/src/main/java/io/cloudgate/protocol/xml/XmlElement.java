package io.cloudgate.protocol.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed XML element: local name, namespace URI, attributes by qualified name ("xsi:type" or "id"; namespace
 * declarations are not attributes), child elements in order, and the character data directly inside it.
 */
public final class XmlElement {
    private final String name;
    private final String namespaceUri;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlElement(String name, String namespaceUri) {
        this.name = name;
        this.namespaceUri = namespaceUri;
    }

    public String name() {
        return name;
    }

    /** The element's namespace URI, or null when it has none. */
    public String namespaceUri() {
        return namespaceUri;
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    public List<XmlElement> children() {
        return children;
    }

    public String text() {
        return text.toString();
    }

    /** The first child with this local name, or null. */
    public XmlElement child(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** Every child with this local name, in document order. */
    public List<XmlElement> children(String childName) {
        List<XmlElement> matching = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                matching.add(child);
            }
        }
        return matching;
    }

    void appendText(String characters) {
        text.append(characters);
    }
}
