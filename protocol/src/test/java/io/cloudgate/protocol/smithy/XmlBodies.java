package io.cloudgate.protocol.smithy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * XML bodies compared as element trees, the way the Smithy reference harnesses do: element names and namespaces,
 * attributes and trimmed text must match; sibling elements of different names may come in any order, while
 * repeated elements of one name keep their order. An extra {@code ResponseMetadata} (awsQuery) or {@code requestId}
 * (ec2Query) under the root is allowed when the expected body has none: real responses always carry it and some
 * test bodies omit it.
 */
final class XmlBodies {
    /** Request metadata every awsQuery (ResponseMetadata) and ec2Query (requestId) response carries under its root. */
    private static final List<String> RESPONSE_METADATA = List.of("ResponseMetadata", "requestId");

    private XmlBodies() {
    }

    static String difference(String expected, byte[] actual) throws Exception {
        Element want = parse(expected.getBytes(StandardCharsets.UTF_8));
        Element got = parse(actual);
        List<String> differences = new ArrayList<>();
        compare(want, got, "/" + want.getLocalName(), true, differences);
        if (differences.isEmpty()) {
            return null;
        }
        return "XML body differs: " + String.join("; ", differences) + "\n  actual body: " + BodyComparison.printable(actual);
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    private static void compare(Element want, Element got, String path, boolean root, List<String> differences) {
        if (!qualifiedName(want).equals(qualifiedName(got))) {
            differences.add(path + ": expected element " + qualifiedName(want) + " but found " + qualifiedName(got));
            return;
        }
        Map<String, String> wantAttributes = attributes(want);
        Map<String, String> gotAttributes = attributes(got);
        if (!wantAttributes.equals(gotAttributes)) {
            differences.add(path + ": expected attributes " + wantAttributes + " but found " + gotAttributes);
        }
        Map<String, List<Element>> wantChildren = children(want);
        Map<String, List<Element>> gotChildren = children(got);
        if (root) {
            for (String metadata : RESPONSE_METADATA) {
                if (wantChildren.keySet().stream().noneMatch(name -> hasLocalName(name, metadata))) {
                    gotChildren.keySet().removeIf(name -> hasLocalName(name, metadata));
                }
            }
        }
        if (wantChildren.isEmpty() && gotChildren.isEmpty()) {
            String wantText = want.getTextContent().trim();
            String gotText = got.getTextContent().trim();
            if (!wantText.equals(gotText)) {
                differences.add(path + ": expected text <" + wantText + "> but found <" + gotText + ">");
            }
            return;
        }
        if (!wantChildren.keySet().equals(gotChildren.keySet())) {
            differences.add(path + ": expected children " + wantChildren.keySet() + " but found " + gotChildren.keySet());
            return;
        }
        for (Map.Entry<String, List<Element>> entry : wantChildren.entrySet()) {
            List<Element> wanted = entry.getValue();
            List<Element> found = gotChildren.get(entry.getKey());
            if (wanted.size() != found.size()) {
                differences.add(path + "/" + entry.getKey() + ": expected " + wanted.size() + " but found " + found.size());
                continue;
            }
            for (int i = 0; i < wanted.size(); i++) {
                compare(wanted.get(i), found.get(i), path + "/" + entry.getKey() + "[" + i + "]", false, differences);
            }
        }
    }

    private static boolean hasLocalName(String qualifiedName, String localName) {
        return qualifiedName.equals(localName) || qualifiedName.endsWith("}" + localName);
    }

    private static String qualifiedName(Node node) {
        String namespace = node.getNamespaceURI();
        String local = node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
        return namespace == null || namespace.isEmpty() ? local : "{" + namespace + "}" + local;
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> result = new TreeMap<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                result.put(qualifiedName(attribute), attribute.getValue());
            }
        }
        return result;
    }

    private static Map<String, List<Element>> children(Element element) {
        Map<String, List<Element>> result = new LinkedHashMap<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                result.computeIfAbsent(qualifiedName(childElement), k -> new ArrayList<>()).add(childElement);
            }
        }
        return result;
    }
}
