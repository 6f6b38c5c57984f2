package io.cloudgate.dns.embedded;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;

/** Asks a DNS server one question over UDP, the way a client would; used to learn what is really served. */
final class DnsProbe {
    private final Duration timeout;

    DnsProbe(Duration timeout) {
        this.timeout = timeout;
    }

    /** The response, or empty when none arrives in time or it does not parse. */
    Optional<Message> ask(InetSocketAddress server, Name name, int type) {
        InetSocketAddress target = server.getAddress().isAnyLocalAddress()
                ? new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getPort()) : server;
        Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        byte[] out = query.toWire(Message.MAXLENGTH);
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(Math.toIntExact(timeout.toMillis()));
            socket.send(new DatagramPacket(out, out.length, target));
            byte[] in = new byte[PacketHandler.CLASSIC_UDP_LIMIT];
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                DatagramPacket packet = new DatagramPacket(in, in.length);
                socket.receive(packet);
                Message response = new Message(Arrays.copyOf(in, packet.getLength()));
                if (response.getHeader().getID() == query.getHeader().getID()) {
                    return Optional.of(response);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
