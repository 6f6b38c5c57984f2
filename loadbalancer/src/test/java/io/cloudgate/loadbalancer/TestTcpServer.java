package io.cloudgate.loadbalancer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A raw TCP member: ECHO sends back what it reads and closes after the client's half-close, RESET answers every
 * connection with a TCP reset, HANG accepts and never answers.
 */
public final class TestTcpServer implements AutoCloseable {
    public enum Behaviour {
        ECHO, RESET, HANG
    }

    private final String name;
    private final ServerSocket server;
    private final Behaviour behaviour;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    public TestTcpServer(String name, String address, Behaviour behaviour) {
        this.name = name;
        this.behaviour = behaviour;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getByName(address));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::acceptLoop);
    }

    public Pool.Member member() {
        return new Pool.Member(name, server.getInetAddress().getHostAddress(), server.getLocalPort());
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                switch (behaviour) {
                    case ECHO -> Thread.ofVirtual().start(() -> echo(socket));
                    case RESET -> {
                        socket.setSoLinger(true, 0);
                        socket.close();
                    }
                    case HANG -> held.add(socket);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void echo(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ignored) {
            // The peer went away; nothing to echo to.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : held) {
            socket.close();
        }
    }
}
