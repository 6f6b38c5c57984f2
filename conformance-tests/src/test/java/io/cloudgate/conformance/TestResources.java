package io.cloudgate.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies files kept under src/test/resources into a test's working directory. */
final class TestResources {
    private TestResources() {
    }

    /** Copies the classpath resource (e.g. "boto3/identity.py") to target, creating parent directories. */
    static Path copy(String resource, Path target) throws IOException {
        try (InputStream in = TestResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }
}
