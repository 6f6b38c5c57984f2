package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Image;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The cloud's own public images. Ids derive from the names, so they are the same on every start. */
final class ImageCatalog {
    /** The image whose machines serve HTTP on their loopback address (see {@link WebServerFleet}). */
    static final String WEB_SERVER = "cloudgate-webserver-1.0.0-x86_64";

    private ImageCatalog() {
    }

    static List<Image> standard() {
        return List.of(
                linux("ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301",
                        "Canonical, Ubuntu, 22.04 LTS, amd64 jammy image build on 2024-03-01", "x86_64",
                        "/dev/sda1", "2024-03-01T10:00:00Z"),
                linux("ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-arm64-server-20240301",
                        "Canonical, Ubuntu, 22.04 LTS, arm64 jammy image build on 2024-03-01", "arm64",
                        "/dev/sda1", "2024-03-01T10:00:00Z"),
                linux("amzn2-ami-hvm-2.0.20240109.0-x86_64-gp2", "Amazon Linux 2 AMI 2.0.20240109.0 x86_64 HVM gp2",
                        "x86_64", "/dev/xvda", "2024-01-09T18:00:00Z"),
                linux("al2023-ami-2023.3.20240108.0-kernel-6.1-x86_64",
                        "Amazon Linux 2023 AMI 2023.3.20240108.0 x86_64 HVM kernel-6.1",
                        "x86_64", "/dev/xvda", "2024-01-08T20:00:00Z"),
                linux("al2023-ami-2023.3.20240108.0-kernel-6.1-arm64",
                        "Amazon Linux 2023 AMI 2023.3.20240108.0 arm64 HVM kernel-6.1",
                        "arm64", "/dev/xvda", "2024-01-08T20:00:00Z"),
                linux("debian-12-amd64-20240102-1614", "Debian 12 (20240102-1614)", "x86_64", "/dev/xvda",
                        "2024-01-02T16:14:00Z"),
                linux(WEB_SERVER,
                        "Cloudgate web server: running machines answer HTTP on port 80 of their loopback address",
                        "x86_64", "/dev/xvda", "2024-01-15T00:00:00Z"));
    }

    /** The stable id of a catalog image of the given name. */
    static String idOf(String name) {
        return UUID.nameUUIDFromBytes(("cloudgate-public-image:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Image linux(String name, String description, String architecture, String rootDevice,
            String created) {
        return new Image(idOf(name), null, name, description, true, architecture, null, rootDevice, 8, "available",
                Instant.parse(created), Set.of());
    }
}
