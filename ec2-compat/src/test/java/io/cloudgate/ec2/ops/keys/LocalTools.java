package io.cloudgate.ec2.ops.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** ssh-keygen and openssl, when the machine has them, as independent judges of key material. */
final class LocalTools {
    private LocalTools() {
    }

    static boolean has(String tool) {
        return List.of("/usr/bin", "/usr/local/bin", "/bin").stream().anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    /** Runs a shell pipeline and returns its standard output; fails on a non-zero exit. */
    static String shell(String pipeline) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", pipeline).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + pipeline);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(pipeline + " failed: " + output);
        }
        return output;
    }

    /** Writes the text to a private file (ssh-keygen refuses readable private keys). */
    static Path privateFile(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text.endsWith("\n") ? text : text + "\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
