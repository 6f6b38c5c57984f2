package io.cloudgate.protocol.smithy;

import java.util.Locale;
import software.amazon.smithy.aws.traits.protocols.Ec2QueryNameTrait;
import software.amazon.smithy.model.shapes.MemberShape;
import software.amazon.smithy.model.traits.XmlNameTrait;

/**
 * How each protocol names members on the wire. JSON-family protocols use the model name (jsonName belongs to
 * restJson1 only); awsQuery and restXml use xmlName; ec2Query requests use ec2QueryName or a capitalized name.
 */
enum ProtocolNaming {
    AWS_QUERY(false),
    EC2_QUERY(false),
    REST_XML(true),
    DOCUMENT_RPC(false);

    private final boolean httpBindings;

    ProtocolNaming(boolean httpBindings) {
        this.httpBindings = httpBindings;
    }

    static ProtocolNaming forProtocol(String protocolId) {
        return switch (protocolId) {
            case "awsQuery" -> AWS_QUERY;
            case "ec2Query" -> EC2_QUERY;
            case "restXml" -> REST_XML;
            case "awsJson1_0", "awsJson1_1", "rpcv2Cbor" -> DOCUMENT_RPC;
            default -> throw new IllegalArgumentException("protocolId: " + protocolId);
        };
    }

    /** Only restXml among ours honours httpHeader, httpQuery, httpLabel and the other HTTP binding traits. */
    boolean usesHttpBindings() {
        return httpBindings;
    }

    String requestName(MemberShape member) {
        return switch (this) {
            case DOCUMENT_RPC -> member.getMemberName();
            case AWS_QUERY, REST_XML -> xmlName(member);
            case EC2_QUERY -> member.getTrait(Ec2QueryNameTrait.class)
                    .map(Ec2QueryNameTrait::getValue)
                    .orElseGet(() -> capitalize(xmlName(member)));
        };
    }

    String responseName(MemberShape member) {
        return this == DOCUMENT_RPC ? member.getMemberName() : xmlName(member);
    }

    private static String xmlName(MemberShape member) {
        return member.getTrait(XmlNameTrait.class).map(XmlNameTrait::getValue).orElse(member.getMemberName());
    }

    private static String capitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
