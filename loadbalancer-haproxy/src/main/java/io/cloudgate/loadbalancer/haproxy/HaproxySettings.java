package io.cloudgate.loadbalancer.haproxy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * @param executable       the haproxy binary (2.6 or later, built with Lua, as Debian's package is)
 * @param workingDirectory where the configuration, server state and UNIX sockets live; owned by the adapter
 *                         (short, since UNIX socket paths are limited to about 100 characters)
 */
public record HaproxySettings(Path executable, Path workingDirectory) {

    /** The haproxy on PATH, else Debian's /usr/sbin/haproxy; empty when neither exists. */
    public static Optional<Path> findExecutable() {
        Stream<String> path = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator));
        return Stream.concat(path, Stream.of("/usr/sbin", "/usr/local/sbin"))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "haproxy"))
                .filter(Files::isExecutable).findFirst();
    }
}
