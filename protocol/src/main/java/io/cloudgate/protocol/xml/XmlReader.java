package io.cloudgate.protocol.xml;

import io.cloudgate.protocol.wire.MalformedRequestException;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses a request body into {@link XmlElement}s with the JDK's StAX parser, safely: a DOCTYPE is refused (so no
 * entity expansion or external fetches), nesting is bounded, and any parse failure is a
 * {@link MalformedRequestException}.
 */
public final class XmlReader {
    /** Deeper than any AWS shape nests; stops stack-exhausting documents before decoding recurses into them. */
    public static final int MAX_DEPTH = 64;

    private XmlReader() {
    }

    public static XmlElement parse(byte[] body) {
        if (body.length == 0) {
            throw new MalformedRequestException("Request body is empty; an XML document was expected");
        }
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(body));
            return readDocument(reader);
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof MalformedRequestException malformed) {
                throw malformed;
            }
            throw new MalformedRequestException("Request body is not well-formed XML", e);
        } finally {
            close(reader);
        }
    }

    private static XmlElement readDocument(XMLStreamReader reader) throws XMLStreamException {
        Deque<XmlElement> stack = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new MalformedRequestException("Document type declarations are not allowed");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (stack.size() >= MAX_DEPTH) {
                        throw new MalformedRequestException("XML nested deeper than " + MAX_DEPTH + " elements");
                    }
                    XmlElement element = startElement(reader);
                    if (stack.isEmpty()) {
                        root = element;
                    } else {
                        stack.peek().children().add(element);
                    }
                    stack.push(element);
                }
                case XMLStreamConstants.END_ELEMENT -> stack.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!stack.isEmpty()) {
                        stack.peek().appendText(reader.getText());
                    }
                }
                default -> {
                    // comments, processing instructions, document start/end carry nothing for us
                }
            }
        }
        if (root == null) {
            throw new MalformedRequestException("Request body has no root element");
        }
        return root;
    }

    private static XmlElement startElement(XMLStreamReader reader) {
        String namespace = reader.getNamespaceURI();
        XmlElement element = new XmlElement(reader.getLocalName(), namespace == null || namespace.isEmpty()
                ? null : namespace);
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String prefix = reader.getAttributePrefix(i);
            String local = reader.getAttributeLocalName(i);
            String qualified = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
            element.attributes().put(qualified, reader.getAttributeValue(i));
        }
        return element;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Parse errors become MalformedRequestException; the parser must not also print them to stderr.
        factory.setXMLReporter((message, errorType, relatedInformation, location) -> { });
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing to release beyond the in-memory stream
            }
        }
    }
}
