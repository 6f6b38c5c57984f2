package io.cloudgate.gateway;

import io.cloudgate.identity.IssuedKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The administrator's AWS CLI credentials/config pair under the data directory. This one key is
 * written in the clear on purpose, so that a first start is usable at once; delete the files once
 * you have stored the key elsewhere.
 */
final class CredentialFiles {
    private CredentialFiles() {
    }

    static Path credentials(Path dataDir) {
        return dataDir.resolve("aws").resolve("credentials");
    }

    static Path config(Path dataDir) {
        return dataDir.resolve("aws").resolve("config");
    }

    static void write(Path dataDir, IssuedKey key, String region, String endpoint) throws IOException {
        Files.createDirectories(dataDir.resolve("aws"));
        Files.writeString(credentials(dataDir), "[default]\naws_access_key_id = " + key.record().accessKeyId()
                + "\naws_secret_access_key = " + key.secretAccessKey() + "\n");
        try {
            Files.setPosixFilePermissions(credentials(dataDir), PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the file keeps the platform's default permissions.
        }
        Files.writeString(config(dataDir), "[default]\nregion = " + region + "\noutput = json\nendpoint_url = "
                + endpoint + "\n");
    }

    static String exportLine(Path dataDir) {
        return "export AWS_SHARED_CREDENTIALS_FILE=" + credentials(dataDir).toAbsolutePath()
                + " AWS_CONFIG_FILE=" + config(dataDir).toAbsolutePath();
    }
}
