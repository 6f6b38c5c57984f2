package io.cloudgate.compute;

import java.time.Instant;
import java.util.Set;

/**
 * A bootable image (a template).
 *
 * @param owner            the owning account, or null for the cloud's own public catalog
 * @param state            "pending", "available" or "failed"
 * @param launchAccounts   accounts other than the owner allowed to launch it
 */
public record Image(String id, String owner, String name, String description, boolean isPublic,
                    String architecture, String platform, String rootDeviceName, int sizeGib, String state,
                    Instant createdAt, Set<String> launchAccounts) {
}
