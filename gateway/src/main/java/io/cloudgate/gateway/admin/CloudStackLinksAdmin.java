package io.cloudgate.gateway.admin;

import static io.cloudgate.gateway.admin.TenantLinkRoute.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.api.AwsException;
import io.cloudgate.compute.cloudstack.AccountLink;
import io.cloudgate.compute.cloudstack.AccountLinkConflictException;
import io.cloudgate.compute.cloudstack.AccountLinks;
import java.util.regex.Pattern;

/**
 * Links of tenant accounts to the CloudStack accounts their resources live in, for
 * {@code /_cloudgate/admin/accounts/{id}/cloudstack} with {@code {"account": a, "domainId": d, "ownKeys": false}}.
 * With {@code ownKeys} the gateway's keys are the account's own and calls carry no account/domainid.
 */
final class CloudStackLinksAdmin implements TenantLinkRoute.Links {
    /** CloudStack account names and domain UUIDs: no separators that could reach another account's path. */
    private static final Pattern VALUE = Pattern.compile("[\\w.@+-]{1,255}");
    private static final String VALUE_RULE = "1-255 letters, digits or ._@+-";

    private final AccountLinks links;

    CloudStackLinksAdmin(AccountLinks links) {
        this.links = links;
    }

    @Override
    public JsonNode link(String tenant, JsonNode body) {
        AccountLink link = new AccountLink(tenant, TenantLinkRoute.value(body, "account", VALUE, VALUE_RULE),
                TenantLinkRoute.value(body, "domainId", VALUE, VALUE_RULE), body.path("ownKeys").asBoolean(false));
        try {
            links.link(link);
        } catch (AccountLinkConflictException e) {
            throw AwsException.conflict("EntityAlreadyExists", e.getMessage());
        }
        return describe(link);
    }

    @Override
    public JsonNode find(String tenant) {
        return describe(links.find(tenant).orElseThrow(() -> AwsException.notFound("NoSuchEntity",
                "Account " + tenant + " is not linked to a CloudStack account")));
    }

    @Override
    public boolean unlink(String tenant) {
        return links.unlink(tenant);
    }

    private static ObjectNode describe(AccountLink link) {
        return JSON.createObjectNode().put("accountId", link.tenant()).put("account", link.csAccount())
                .put("domainId", link.domainId()).put("ownKeys", link.ownKeys());
    }
}
