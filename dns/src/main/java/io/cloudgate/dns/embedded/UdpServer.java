package io.cloudgate.dns.embedded;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Receives DNS queries on a UDP socket and answers each on a virtual thread of its own. */
final class UdpServer implements AutoCloseable {
    private static final int MAX_DATAGRAM = 65_535;
    private static final System.Logger LOG = System.getLogger(UdpServer.class.getName());

    private final DatagramSocket socket;
    private final PacketHandler handler;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    UdpServer(DatagramSocket socket, PacketHandler handler) {
        this.socket = socket;
        this.handler = handler;
    }

    void start() {
        Thread.ofVirtual().name("dns-udp-" + socket.getLocalPort()).start(this::receive);
    }

    boolean serving() {
        return !socket.isClosed();
    }

    private void receive() {
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.log(System.Logger.Level.WARNING, "DNS UDP receive failed", e);
                }
                continue;
            }
            byte[] query = Arrays.copyOf(packet.getData(), packet.getLength());
            SocketAddress client = packet.getSocketAddress();
            workers.execute(() -> answer(query, client));
        }
    }

    private void answer(byte[] query, SocketAddress client) {
        handler.answerUdp(query).ifPresent(response -> {
            try {
                socket.send(new DatagramPacket(response, response.length, client));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "DNS UDP answer to " + client + " not sent", e);
            }
        });
    }

    @Override
    public void close() {
        socket.close();
        workers.shutdown();
    }
}
