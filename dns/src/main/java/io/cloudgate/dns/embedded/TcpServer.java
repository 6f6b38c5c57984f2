package io.cloudgate.dns.embedded;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * DNS over TCP (RFC 7766): messages framed by a two-byte length, any number per connection, one virtual thread
 * per connection, closed after an idle period and capped in number so that idle clients cannot exhaust us.
 */
final class TcpServer implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 256;
    private static final System.Logger LOG = System.getLogger(TcpServer.class.getName());

    private final ServerSocket serverSocket;
    private final PacketHandler handler;
    private final int idleMillis;
    private final Semaphore connectionSlots = new Semaphore(MAX_CONNECTIONS);
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

    TcpServer(ServerSocket serverSocket, PacketHandler handler, Duration idleTimeout) {
        this.serverSocket = serverSocket;
        this.handler = handler;
        this.idleMillis = Math.toIntExact(idleTimeout.toMillis());
    }

    void start() {
        Thread.ofVirtual().name("dns-tcp-" + serverSocket.getLocalPort()).start(this::accept);
    }

    boolean serving() {
        return !serverSocket.isClosed();
    }

    private void accept() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                if (!connectionSlots.tryAcquire()) {
                    socket.close();
                    continue;
                }
                connections.add(socket);
                Thread.ofVirtual().name("dns-tcp-connection").start(() -> serve(socket));
            } catch (IOException e) {
                if (!serverSocket.isClosed()) {
                    LOG.log(System.Logger.Level.WARNING, "DNS TCP accept failed", e);
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(idleMillis);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                byte[] query = new byte[in.readUnsignedShort()];
                in.readFully(query);
                Optional<byte[]> response = handler.answerTcp(query);
                if (response.isEmpty()) {
                    return;
                }
                byte[] answer = response.get();
                byte[] framed = new byte[answer.length + 2];
                framed[0] = (byte) (answer.length >>> 8);
                framed[1] = (byte) answer.length;
                System.arraycopy(answer, 0, framed, 2, answer.length);
                out.write(framed);
                out.flush();
            }
        } catch (EOFException | SocketTimeoutException e) {
            // the client is done, or idle for too long: closing is the answer
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "DNS TCP connection ended", e);
        } finally {
            connections.remove(socket);
            connectionSlots.release();
        }
    }

    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "DNS TCP server socket close failed", e);
        }
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "DNS TCP connection close failed", e);
            }
        }
    }
}
