package io.cloudgate.compute.openstack;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import java.time.Clock;

/** What the adapter's parts share: the API, the project links, the type mapping, the settings and the clock. */
final class Backend {
    final OpenStackApi api;
    final ProjectLinks links;
    final InstanceTypes types;
    final OpenStackSettings settings;
    final Clock clock;
    private final Keystone keystone;
    private volatile String catalogProject;

    Backend(OpenStackApi api, ProjectLinks links, Keystone keystone, OpenStackSettings settings, Clock clock) {
        this.api = api;
        this.links = links;
        this.keystone = keystone;
        this.types = new InstanceTypes(settings.instanceTypes());
        this.settings = settings;
        this.clock = clock;
    }

    /** The tenant's project id (created on first use). */
    String project(String account) {
        if (account == null || account.isBlank()) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "No account given");
        }
        return links.projectOf(account);
    }

    /** The gateway's own project, whose public images and external network every tenant sees. */
    String catalogProject() {
        String known = catalogProject;
        if (known == null) {
            known = projectIdByName();
            catalogProject = known;
        }
        return known;
    }

    private String projectIdByName() {
        for (var project : api.get("identity", null, "/auth/projects").require("Projects").body().path("projects")) {
            if (project.path("name").asText().equals(settings.project())) {
                return project.path("id").asText();
            }
        }
        return "";
    }

    private volatile String externalNetwork;

    /** The external network floating IPs and routers' gateways use. */
    String externalNetwork() {
        String known = externalNetwork;
        if (known == null) {
            var networks = api.get("network", null, "/v2.0/networks?router:external=true").require("Networks").body()
                    .path("networks");
            for (var network : networks) {
                if (settings.externalNetwork() == null || settings.externalNetwork().equals(network.path("name")
                        .asText()) || settings.externalNetwork().equals(network.path("id").asText())) {
                    known = network.path("id").asText();
                    break;
                }
            }
            if (known == null) {
                throw new ComputeException(Kind.UNAVAILABLE, "The cloud has no external network for public addresses");
            }
            externalNetwork = known;
        }
        return known;
    }

    Keystone keystone() {
        return keystone;
    }
}
