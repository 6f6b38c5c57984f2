package io.cloudgate.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.api.AwsException;
import io.cloudgate.compute.cloudstack.AccountLink;
import io.cloudgate.compute.cloudstack.AccountLinkConflictException;
import io.cloudgate.compute.cloudstack.AccountLinks;
import io.cloudgate.identity.Identities;
import io.cloudgate.protocol.wire.WireRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin routes linking a tenant account to the CloudStack account its resources live in:
 * <pre>
 *   PUT    /_cloudgate/admin/accounts/{id}/cloudstack  {"account": a, "domainId": d, "ownKeys": false}
 *   GET    /_cloudgate/admin/accounts/{id}/cloudstack
 *   DELETE /_cloudgate/admin/accounts/{id}/cloudstack
 * </pre>
 * With {@code ownKeys} the gateway's keys are the account's own and calls carry no account/domainid. Without a
 * CloudStack compute backend every route answers that the backend is not CloudStack.
 */
final class CloudStackLinksAdmin {
    private static final Pattern ROUTE = Pattern.compile("/_cloudgate/admin/accounts/(\\d{12})/cloudstack/?");
    /** CloudStack account names and domain UUIDs: no separators that could reach another account's path. */
    private static final Pattern VALUE = Pattern.compile("[\\w.@+-]{1,255}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Identities identities;
    private final AccountLinks links;

    /** @param links the CloudStack backend's links, or null when the compute backend is another one */
    CloudStackLinksAdmin(Identities identities, AccountLinks links) {
        this.identities = identities;
        this.links = links;
    }

    /** The answer when the request is one of these routes. */
    Optional<JsonNode> dispatch(WireRequest request) {
        Matcher route = ROUTE.matcher(request.rawPath());
        if (!route.matches()) {
            return Optional.empty();
        }
        if (links == null) {
            throw AwsException.badRequest("InvalidConfiguration", "The gateway's compute backend is not CloudStack");
        }
        String tenant = route.group(1);
        if (identities.accounts().find(tenant).isEmpty()) {
            throw AwsException.notFound("NoSuchEntity", "No account " + tenant);
        }
        return Optional.of(switch (request.method()) {
            case "PUT" -> link(tenant, request);
            case "GET" -> describe(links.find(tenant).orElseThrow(() -> AwsException.notFound("NoSuchEntity",
                    "Account " + tenant + " is not linked to a CloudStack account")));
            case "DELETE" -> JSON.createObjectNode().put("accountId", tenant).put("unlinked", links.unlink(tenant));
            default -> throw AwsException.notFound("UnknownOperation",
                    "No admin operation " + request.method() + " " + request.rawPath());
        });
    }

    private JsonNode link(String tenant, WireRequest request) {
        JsonNode body = body(request);
        AccountLink link = new AccountLink(tenant, value(body, "account"), value(body, "domainId"),
                body.path("ownKeys").asBoolean(false));
        try {
            links.link(link);
        } catch (AccountLinkConflictException e) {
            throw AwsException.conflict("EntityAlreadyExists", e.getMessage());
        }
        return describe(link);
    }

    private static JsonNode body(WireRequest request) {
        try {
            JsonNode body = request.body().length == 0 ? null : JSON.readTree(request.body());
            if (body == null || !body.isObject()) {
                throw AwsException.badRequest("SerializationException", "The body must be a JSON object");
            }
            return body;
        } catch (IOException e) {
            throw AwsException.badRequest("SerializationException", "The body is not valid JSON");
        }
    }

    private static String value(JsonNode body, String field) {
        String value = body.path(field).asText("");
        if (!VALUE.matcher(value).matches()) {
            throw AwsException.validation(field + " must be 1-255 letters, digits or ._@+-");
        }
        return value;
    }

    private static ObjectNode describe(AccountLink link) {
        return JSON.createObjectNode().put("accountId", link.tenant()).put("account", link.csAccount())
                .put("domainId", link.domainId()).put("ownKeys", link.ownKeys());
    }
}
