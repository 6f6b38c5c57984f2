package io.cloudgate.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import io.cloudgate.gateway.FuzzRequest.Header;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Judges one fuzz answer: never a 5xx, a hang or a silent close, and every error in the envelope of the protocol
 * the request spoke. Which protocol that is follows the routing rules: the service is the one named by the
 * signature's credential scope. CloudWatch, reachable in three protocols, and services not served here are
 * answered in rpcv2Cbor when the request says {@code smithy-protocol: rpc-v2-cbor} or has a
 * {@code /service/.../operation/} path, in awsJson when it has an X-Amz-Target, and in awsQuery otherwise. A request
 * without an intact signature, or one that is not valid HTTP, may be answered with any 4xx.
 */
final class EnvelopeCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CBORMapper CBOR = new CBORMapper();

    enum Envelope { ERROR_RESPONSE_XML, EC2_RESPONSE_XML, JSON, CBOR, ANY }

    private EnvelopeCheck() {
    }

    static Envelope expected(FuzzRequest request, FuzzSigner.Signed signed) {
        if (request.framing().httpBroken() || signed.signedFor() == null || request.garble() != null) {
            return Envelope.ANY;
        }
        return switch (signed.signedFor()) {
            case "ec2" -> Envelope.EC2_RESPONSE_XML;
            case "sts", "iam", "route53" -> Envelope.ERROR_RESPONSE_XML;
            default -> byShape(request.path(), signed.headers());
        };
    }

    /** CloudWatch's protocol, and the one for services not served here: chosen by the request's shape. */
    private static Envelope byShape(String target, List<Header> sent) {
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String smithyProtocol = first(sent, "smithy-protocol");
        if ("rpc-v2-cbor".equals(smithyProtocol) || path.contains("/service/") && path.contains("/operation/")) {
            return Envelope.CBOR;
        }
        return first(sent, "x-amz-target") != null ? Envelope.JSON : Envelope.ERROR_RESPONSE_XML;
    }

    /** The first value of a header as the server sees it: HTTP ignores whitespace around values. */
    private static String first(List<Header> headers, String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(h -> h.value().strip()).findFirst()
                .orElse(null);
    }

    /** Why the answer is wrong, or empty when it is acceptable. */
    static Optional<String> violation(FuzzRequest request, Envelope expected, FuzzClient.Result result) {
        FuzzClient.Response response = result.response();
        if (response == null) {
            if (result.failure().equals("timeout")) {
                return Optional.of("hang: no answer within the timeout");
            }
            return request.framing().mayCloseUnanswered() ? Optional.empty()
                    : Optional.of("no answer, connection " + result.failure());
        }
        int status = response.status();
        if (status >= 500) {
            return Optional.of("server error " + status);
        }
        if (status / 100 == 2) {
            return expected == Envelope.ANY || response.body().length == 0 ? Optional.empty()
                    : wellFormed(expected, response.body()).map(problem -> "2xx body " + problem);
        }
        if (status / 100 != 4) {
            return Optional.of("unexpected status " + status);
        }
        return expected == Envelope.ANY ? Optional.empty()
                : errorEnvelope(expected, response.body())
                        .map(problem -> status + " not in " + expected + ": " + problem);
    }

    private static Optional<String> wellFormed(Envelope envelope, byte[] body) {
        try {
            switch (envelope) {
                case JSON -> JSON.readTree(body);
                case CBOR -> CBOR.readTree(body);
                default -> xml(body);
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of("is not well-formed: " + e.getMessage());
        }
    }

    private static Optional<String> errorEnvelope(Envelope envelope, byte[] body) {
        try {
            return switch (envelope) {
                case JSON -> typed(JSON.readTree(body));
                case CBOR -> typed(CBOR.readTree(body));
                case EC2_RESPONSE_XML -> xmlCode(xml(body), "Response", "Errors", "Error", "Code");
                default -> xmlCode(xml(body), "ErrorResponse", "Error", "Code");
            };
        } catch (Exception e) {
            return Optional.of("unreadable: " + e.getMessage());
        }
    }

    private static Optional<String> typed(JsonNode document) {
        if (document == null || !document.isObject()) {
            return Optional.of("not an object");
        }
        JsonNode type = document.get("__type");
        return type != null && type.isTextual() && !type.asText().isEmpty() ? Optional.empty()
                : Optional.of("no __type");
    }

    /** Follows the element path from the root; the last element must hold non-blank text. */
    private static Optional<String> xmlCode(Element root, String... path) {
        if (!root.getLocalName().equals(path[0])) {
            return Optional.of("root element is " + root.getLocalName());
        }
        Element current = root;
        for (int i = 1; i < path.length; i++) {
            current = child(current, path[i]);
            if (current == null) {
                return Optional.of("no " + String.join("/", List.of(path).subList(0, i + 1)));
            }
        }
        return current.getTextContent().isBlank() ? Optional.of("empty Code") : Optional.empty();
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static Element xml(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler());
        return builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
    }

    /** The start of a body, printable, for failure reports. */
    static String head(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        StringBuilder printable = new StringBuilder();
        text.codePoints().forEach(c -> printable.append(c < 0x20 || c == 0x7f || c == 0xfffd
                ? String.format("\\x%02x", c & 0xff) : Character.toString(c)));
        return printable.toString();
    }
}
