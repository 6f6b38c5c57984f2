package io.cloudgate.loadbalancer.haproxy;

import java.io.File;
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
    /** Longest working directory whose socket paths still fit a UNIX socket address (108 bytes on Linux). */
    public static final int MAX_WORKING_DIRECTORY_LENGTH = 80;

    /** The haproxy on PATH, else Debian's /usr/sbin/haproxy; empty when neither exists. */
    public static Optional<Path> findExecutable() {
        return findExecutable("haproxy");
    }

    /**
     * An executable given as a path (containing a slash) when it is one, else the first of that name on PATH or in
     * /usr/sbin or /usr/local/sbin (where Debian puts haproxy, often not on a user's PATH).
     */
    public static Optional<Path> findExecutable(String nameOrPath) {
        if (nameOrPath.contains("/")) {
            return Optional.of(Path.of(nameOrPath)).filter(Files::isExecutable);
        }
        Stream<String> path = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
        return Stream.concat(path, Stream.of("/usr/sbin", "/usr/local/sbin"))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, nameOrPath))
                .filter(Files::isExecutable).findFirst();
    }
}
