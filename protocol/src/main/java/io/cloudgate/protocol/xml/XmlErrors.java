package io.cloudgate.protocol.xml;

import io.cloudgate.protocol.ErrorValue;
import io.cloudgate.protocol.schema.MemberSchema;

/** The {@code <Error>} element shared by the XML protocols, and the awsQuery/restXml ErrorResponse envelope. */
public final class XmlErrors {
    private XmlErrors() {
    }

    /**
     * {@code <ErrorResponse xmlns="ns"><Error><Type>Sender</Type><Code>..</Code><Message>..</Message></Error>
     * <RequestId>..</RequestId></ErrorResponse>}, as awsQuery and restXml services answer.
     */
    public static byte[] errorResponse(ErrorValue error, String namespace, String requestId) {
        XmlWriter writer = new XmlWriter();
        writer.start("ErrorResponse").attribute("xmlns", namespace);
        writeError(writer, error, true);
        writer.element("RequestId", requestId);
        writer.end();
        return writer.toBytes();
    }

    /** Code, Message and any modelled members; Type (Sender/Receiver) only where the protocol has it. */
    public static void writeError(XmlWriter writer, ErrorValue error, boolean withType) {
        writer.start("Error");
        if (withType) {
            writer.element("Type", error.senderFault() ? "Sender" : "Receiver");
        }
        writer.element("Code", error.code());
        if (error.message() != null) {
            writer.element("Message", error.message());
        }
        if (error.schema() != null && error.value() != null) {
            XmlShapeWriter.STANDARD.writeMembers(writer, error.schema(), error.value(), XmlErrors::isDetailMember);
        }
        writer.end();
    }

    /** Code, Message and Type are written from the ErrorValue itself, whatever case the model spells them in. */
    private static boolean isDetailMember(MemberSchema member) {
        String name = member.responseName();
        return !name.equalsIgnoreCase("Message") && !name.equalsIgnoreCase("Code") && !name.equalsIgnoreCase("Type");
    }
}
