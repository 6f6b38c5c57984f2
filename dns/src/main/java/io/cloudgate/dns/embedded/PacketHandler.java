package io.cloudgate.dns.embedded;

import java.io.IOException;
import java.util.Optional;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;

/**
 * Bytes in, bytes out, for both transports: parses the query, answers it, and fits UDP answers into the size the
 * client can take (RFC 6891), otherwise answering with TC=1 and the question only, so that the client asks again
 * over TCP. Nothing that arrives makes it throw.
 */
final class PacketHandler {
    /** Without EDNS a UDP answer is at most 512 bytes (RFC 1035); with it, what the client says, up to this. */
    static final int CLASSIC_UDP_LIMIT = 512;
    static final int MAX_UDP_LIMIT = 4096;

    private static final System.Logger LOG = System.getLogger(PacketHandler.class.getName());

    private final QueryResponder responder;

    PacketHandler(QueryResponder responder) {
        this.responder = responder;
    }

    /** The answer to a UDP datagram; empty when it deserves none (no DNS header, or itself a response). */
    Optional<byte[]> answerUdp(byte[] packet) {
        return answer(packet, true);
    }

    /** The answer to one length-prefixed TCP message (without its prefix). */
    Optional<byte[]> answerTcp(byte[] packet) {
        return answer(packet, false);
    }

    private Optional<byte[]> answer(byte[] packet, boolean udp) {
        if (packet.length < Header.LENGTH || (packet[2] & 0x80) != 0) {
            return Optional.empty();
        }
        Message request;
        try {
            request = new Message(packet);
        } catch (IOException | RuntimeException e) {
            return Optional.of(headerOnly(packet, Rcode.FORMERR));
        }
        try {
            Message response = responder.respond(request);
            return Optional.of(udp ? fitted(response, udpLimit(request)) : response.toWire(Message.MAXLENGTH));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "DNS query failed: " + request.getQuestion(), e);
            return Optional.of(headerOnly(packet, Rcode.SERVFAIL));
        }
    }

    static int udpLimit(Message request) {
        OPTRecord opt = request.getOPT();
        return opt == null ? CLASSIC_UDP_LIMIT
                : Math.clamp(opt.getPayloadSize(), CLASSIC_UDP_LIMIT, MAX_UDP_LIMIT);
    }

    private static byte[] fitted(Message response, int limit) {
        byte[] wire = response.toWire(Message.MAXLENGTH);
        if (wire.length <= limit) {
            return wire;
        }
        OPTRecord opt = response.getOPT();
        Message truncated = response.clone();
        for (int section : new int[] {Section.ANSWER, Section.AUTHORITY, Section.ADDITIONAL}) {
            truncated.removeAllRecords(section);
        }
        truncated.getHeader().setFlag(Flags.TC);
        if (opt != null) {
            truncated.addRecord(opt, Section.ADDITIONAL);
        }
        return truncated.toWire(limit);
    }

    /** A bare header answering a query we could not read or answer: its id and opcode, the given code. */
    private static byte[] headerOnly(byte[] packet, int rcode) {
        Header header = new Header(((packet[0] & 0xFF) << 8) | (packet[1] & 0xFF));
        header.setFlag(Flags.QR);
        header.setOpcode((packet[2] >> 3) & 0xF);
        header.setRcode(rcode);
        return header.toWire();
    }
}
