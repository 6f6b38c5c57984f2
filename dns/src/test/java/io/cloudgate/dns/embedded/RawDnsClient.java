package io.cloudgate.dns.embedded;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;

/** Sends exactly the bytes a test wants, where a resolver library would refuse to or would hide the result. */
final class RawDnsClient {
    private final InetSocketAddress server;

    RawDnsClient(InetSocketAddress server) {
        this.server = server;
    }

    static Message query(String name, int type) {
        try {
            return Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN));
        } catch (TextParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The datagram answered, or empty when none came within the wait. */
    Optional<byte[]> udp(byte[] datagram, Duration wait) {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(Math.toIntExact(wait.toMillis()));
            socket.send(new DatagramPacket(datagram, datagram.length, server));
            byte[] buffer = new byte[65_535];
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            socket.receive(packet);
            return Optional.of(Arrays.copyOf(buffer, packet.getLength()));
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Message udp(Message query) {
        return parse(udp(query.toWire(), Duration.ofSeconds(2)).orElseThrow());
    }

    /** Sends every message on one TCP connection, each framed by its length, and reads as many answers. */
    List<Message> tcp(List<byte[]> messages) {
        try (Socket socket = new Socket(server.getAddress(), server.getPort())) {
            socket.setSoTimeout(2000);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            DataInputStream in = new DataInputStream(socket.getInputStream());
            List<Message> answers = new ArrayList<>();
            for (byte[] message : messages) {
                out.writeShort(message.length);
                out.write(message);
                out.flush();
                byte[] answer = new byte[in.readUnsignedShort()];
                in.readFully(answer);
                answers.add(parse(answer));
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Message parse(byte[] wire) {
        try {
            return new Message(wire);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
