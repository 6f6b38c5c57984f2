package io.cloudgate.cloudstack.client;

import java.util.Map;
import java.util.Objects;

/** The CloudStack account an admin (or domain admin) key acts for: sent as {@code account} + {@code domainid}. */
public record Actor(String account, String domainId) {
    public Actor {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(domainId, "domainId");
    }

    void addTo(Map<String, String> params) {
        params.put("account", account);
        params.put("domainid", domainId);
    }
}
