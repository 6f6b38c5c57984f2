package io.cloudgate.loadbalancer.haproxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A real HAProxy for tests: master-worker, as the test user, in a fresh short temporary directory (UNIX socket
 * paths are limited), listening only where the tests' configurations bind (127.0.0.0/8). Tests using it are
 * enabled only when haproxy is installed ({@code @EnabledIf(HaproxyFixture.INSTALLED)}).
 */
final class HaproxyFixture {
    static final String INSTALLED = "io.cloudgate.loadbalancer.haproxy.HaproxyFixture#installed";

    private HaproxyFixture() {
    }

    static boolean installed() {
        return HaproxySettings.findExecutable().isPresent();
    }

    static HaproxyDataPlane start() {
        try {
            Path directory = Files.createTempDirectory(Path.of("/tmp"), "cg-haproxy-");
            return HaproxyDataPlane.start(Clock.systemUTC(),
                    new HaproxySettings(HaproxySettings.findExecutable().orElseThrow(), directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
