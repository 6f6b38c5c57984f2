package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Duration;
import java.util.Optional;

/**
 * Which OpenStack project each tenant account maps to, kept in the DocumentStore so every gateway shares it. A
 * tenant without a link gets a project of its own on first use ("cloudgate-" + tenant, found again by name if
 * another gateway created it first), with the gateway's user given the admin role there; an operator may instead
 * {@link #link} a tenant to an existing project. A project serves one tenant at most: a second tenant linked to it
 * would see the first one's servers.
 */
public final class ProjectLinks {
    private static final String LINK = "link";
    private static final String TENANT = "tenant";

    private final TypedTable<ProjectLink> links;
    private final TypedTable<ProjectLink> tenants;
    private final OpenStackApi api;
    private final Keystone keystone;
    private final OpenStackSettings settings;

    ProjectLinks(DocumentStore store, OpenStackApi api, Keystone keystone, OpenStackSettings settings) {
        this.links = TypedTable.cached(store.table("openstack-project-links"), ProjectLink.class,
                Duration.ofMinutes(5));
        this.tenants = TypedTable.cached(store.table("openstack-project-tenants"), ProjectLink.class,
                Duration.ofMinutes(5));
        this.api = api;
        this.keystone = keystone;
        this.settings = settings;
    }

    /**
     * Links the tenant to an existing project (replacing its previous link), once the gateway's user has shown it
     * can sign in there (it must hold a role in the project).
     *
     * @throws ProjectLinkConflictException when another tenant is linked to the project
     * @throws ComputeException             INVALID_ARGUMENT when the gateway cannot work in the project, UNAVAILABLE
     *                                      when Keystone cannot be reached
     */
    public void link(ProjectLink link) {
        keystone.token(null);
        try {
            keystone.token(link.projectId());
        } catch (ComputeException e) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The gateway's user cannot sign in to project "
                    + link.projectId() + " (does it exist, and does the user hold a role there?): " + e.getMessage());
        }
        if (!tenants.putIfAbsent(link.projectId(), TENANT, link, null)) {
            ProjectLink owner = tenants.get(link.projectId(), TENANT).orElse(link);
            if (!owner.tenant().equals(link.tenant())) {
                throw new ProjectLinkConflictException(owner.tenant());
            }
        }
        find(link.tenant()).filter(old -> !old.projectId().equals(link.projectId()))
                .ifPresent(old -> tenants.delete(old.projectId(), TENANT));
        links.put(link.tenant(), LINK, link);
    }

    /**
     * Removes the tenant's link; the project and its resources stay. The tenant's next call works in its own
     * "cloudgate-" project again. Returns whether there was a link.
     */
    public boolean unlink(String tenant) {
        find(tenant).ifPresent(old -> tenants.delete(old.projectId(), TENANT));
        return links.delete(tenant, LINK);
    }

    /** The tenant linked to the project, if any (who owns an image another tenant shared, for instance). */
    public Optional<String> tenantOf(String projectId) {
        return tenants.get(projectId, TENANT).map(ProjectLink::tenant);
    }

    public Optional<ProjectLink> find(String tenant) {
        return links.get(tenant, LINK);
    }

    /** The tenant's project id, creating the project on first use. */
    String projectOf(String tenant) {
        Optional<ProjectLink> existing = find(tenant);
        if (existing.isPresent()) {
            return existing.get().projectId();
        }
        String projectId = createOrFind("cloudgate-" + tenant);
        grantAdmin(projectId);
        ProjectLink link = new ProjectLink(tenant, projectId);
        links.putIfAbsent(tenant, LINK, link, null);
        ProjectLink winner = find(tenant).orElse(link);
        tenants.putIfAbsent(winner.projectId(), TENANT, winner, null);
        return winner.projectId();
    }

    private String createOrFind(String name) {
        ObjectNode body = api.json().createObjectNode();
        body.putObject("project").put("name", name).put("description", "AWS account of the cloudgate gateway")
                .put("domain_id", domainId());
        ApiResponse created = api.post("identity", null, "/projects", body);
        if (created.ok()) {
            return created.body().path("project").path("id").asText();
        }
        if (created.status() != 409) {
            throw created.failure("Project for the account");
        }
        JsonNode found = api.get("identity", null, "/projects?name=" + name).require("Project").body()
                .path("projects");
        if (found.isEmpty()) {
            throw new ComputeException(Kind.UNAVAILABLE, "Project " + name + " exists but cannot be read");
        }
        return found.get(0).path("id").asText();
    }

    private String domainId() {
        JsonNode domains = api.get("identity", null, "/domains?name=" + settings.projectDomain())
                .require("Domain").body().path("domains");
        return domains.isEmpty() ? "default" : domains.get(0).path("id").asText();
    }

    private void grantAdmin(String projectId) {
        JsonNode roles = api.get("identity", null, "/roles?name=admin").require("Role").body().path("roles");
        if (roles.isEmpty()) {
            throw new ComputeException(Kind.UNAVAILABLE, "The cloud has no admin role");
        }
        String userId = keystone.token(null).userId();
        api.put("identity", null, "/projects/" + projectId + "/users/" + userId + "/roles/"
                + roles.get(0).path("id").asText(), null).require("Role assignment");
    }
}
