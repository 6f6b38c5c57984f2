package io.cloudgate.gateway.admin;

import static io.cloudgate.gateway.admin.TenantLinkRoute.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.api.AwsException;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.openstack.ProjectLink;
import io.cloudgate.compute.openstack.ProjectLinkConflictException;
import io.cloudgate.compute.openstack.ProjectLinks;
import java.util.regex.Pattern;

/**
 * Links of tenant accounts to the OpenStack projects their resources live in, for
 * {@code /_cloudgate/admin/accounts/{id}/openstack} with {@code {"projectId": p}}. A tenant never linked gets a
 * project of its own ("cloudgate-" + its id) on its first EC2 call, which GET then shows.
 */
final class OpenStackLinksAdmin implements TenantLinkRoute.Links {
    /** Keystone project ids: no separators that could reach another path of Keystone's API. */
    private static final Pattern PROJECT_ID = Pattern.compile("[\\w-]{1,64}");

    private final ProjectLinks links;

    OpenStackLinksAdmin(ProjectLinks links) {
        this.links = links;
    }

    @Override
    public JsonNode link(String tenant, JsonNode body) {
        ProjectLink link = new ProjectLink(tenant,
                TenantLinkRoute.value(body, "projectId", PROJECT_ID, "1-64 letters, digits, _ or -"));
        try {
            links.link(link);
        } catch (ProjectLinkConflictException e) {
            throw AwsException.conflict("EntityAlreadyExists", e.getMessage());
        } catch (ComputeException e) {
            if (e.kind() == ComputeException.Kind.INVALID_ARGUMENT) {
                throw AwsException.badRequest("InvalidParameterValue", e.getMessage());
            }
            throw new AwsException(503, "ServiceUnavailable", "OpenStack cannot be reached: " + e.getMessage());
        }
        return describe(link);
    }

    @Override
    public JsonNode find(String tenant) {
        return describe(links.find(tenant).orElseThrow(() -> AwsException.notFound("NoSuchEntity",
                "Account " + tenant + " is not linked to an OpenStack project")));
    }

    @Override
    public boolean unlink(String tenant) {
        return links.unlink(tenant);
    }

    private static ObjectNode describe(ProjectLink link) {
        return JSON.createObjectNode().put("accountId", link.tenant()).put("projectId", link.projectId());
    }
}
