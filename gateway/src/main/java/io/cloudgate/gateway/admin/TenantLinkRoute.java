package io.cloudgate.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.api.AwsException;
import io.cloudgate.identity.Identities;
import io.cloudgate.protocol.wire.WireRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An admin route linking a tenant account to where its resources live in a compute backend:
 * {@code PUT|GET|DELETE /_cloudgate/admin/accounts/{id}/<backend>}, PUT with a JSON object body. Without that
 * compute backend every call answers that the backend is another one.
 */
final class TenantLinkRoute {
    static final ObjectMapper JSON = new ObjectMapper();

    /** What a backend does with a link; each answers the JSON the admin sees. */
    interface Links {
        JsonNode link(String tenant, JsonNode body);

        /** The tenant's link, or NoSuchEntity. */
        JsonNode find(String tenant);

        boolean unlink(String tenant);
    }

    private final Pattern route;
    private final String backendName;
    private final Identities identities;
    private final Links links;

    /**
     * @param segment     the last path segment ("cloudstack")
     * @param backendName the backend as errors name it ("CloudStack")
     * @param links       the backend's links, or null when the compute backend is another one
     */
    TenantLinkRoute(String segment, String backendName, Identities identities, Links links) {
        this.route = Pattern.compile("/_cloudgate/admin/accounts/(\\d{12})/" + segment + "/?");
        this.backendName = backendName;
        this.identities = identities;
        this.links = links;
    }

    /** The answer when the request is this route. */
    Optional<JsonNode> dispatch(WireRequest request) {
        Matcher matched = route.matcher(request.rawPath());
        if (!matched.matches()) {
            return Optional.empty();
        }
        if (links == null) {
            throw AwsException.badRequest("InvalidConfiguration",
                    "The gateway's compute backend is not " + backendName);
        }
        String tenant = matched.group(1);
        if (identities.accounts().find(tenant).isEmpty()) {
            throw AwsException.notFound("NoSuchEntity", "No account " + tenant);
        }
        return Optional.of(switch (request.method()) {
            case "PUT" -> links.link(tenant, body(request));
            case "GET" -> links.find(tenant);
            case "DELETE" -> JSON.createObjectNode().put("accountId", tenant).put("unlinked", links.unlink(tenant));
            default -> throw AwsException.notFound("UnknownOperation",
                    "No admin operation " + request.method() + " " + request.rawPath());
        });
    }

    /** A text member of the body that must match the pattern (else a validation error stating the rule). */
    static String value(JsonNode body, String field, Pattern pattern, String rule) {
        String value = body.path(field).asText("");
        if (!pattern.matcher(value).matches()) {
            throw AwsException.validation(field + " must be " + rule);
        }
        return value;
    }

    private static JsonNode body(WireRequest request) {
        JsonNode body;
        try {
            body = request.body().length == 0 ? null : JSON.readTree(request.body());
        } catch (IOException e) {
            throw AwsException.badRequest("SerializationException", "The body is not valid JSON");
        }
        if (body == null || !body.isObject()) {
            throw AwsException.badRequest("SerializationException", "The body must be a JSON object");
        }
        return body;
    }
}
