package io.cloudgate.route53.health;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Local endpoints for the checker to probe: an HTTP server whose answer tests change, and a TCP listener. */
final class LocalEndpoints {
    private LocalEndpoints() {
    }

    /** An HTTP server on 127.0.0.1 answering every path with the status and body set, counting requests. */
    static final class Web implements AutoCloseable {
        final AtomicInteger status = new AtomicInteger(200);
        final AtomicReference<String> body = new AtomicReference<>("ok");
        final AtomicInteger requests = new AtomicInteger();
        final AtomicReference<String> lastPath = new AtomicReference<>();
        private final HttpServer server;

        Web() throws IOException {
            this(null);
        }

        /** With a TLS context, an HTTPS server. */
        Web(SSLContext tls) throws IOException {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
            if (tls == null) {
                server = HttpServer.create(address, 0);
            } else {
                HttpsServer https = HttpsServer.create(address, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                server = https;
            }
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", exchange -> {
                requests.incrementAndGet();
                lastPath.set(exchange.getRequestURI().toString());
                byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status.get(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /**
     * A TLS context with a fresh self-signed certificate for "untrusted.invalid", made by the JDK's keytool:
     * no client trusts it, so only a checker that does not validate certificates accepts it.
     */
    static SSLContext selfSigned(Path directory) throws IOException, InterruptedException, GeneralSecurityException {
        Path keystore = directory.resolve("self-signed.p12");
        char[] password = "changeit".toCharArray();
        Process keytool = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-keypass", "changeit", "-alias", "endpoint", "-keyalg", "EC",
                "-dname", "CN=untrusted.invalid", "-validity", "1"))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** A TCP listener on 127.0.0.1 that can be stopped and started again on the same port. */
    static final class Tcp implements AutoCloseable {
        private ServerSocket socket;
        private final int port;

        Tcp() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            port = socket.getLocalPort();
        }

        int port() {
            return port;
        }

        void stop() throws IOException {
            socket.close();
        }

        void start() throws IOException {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
