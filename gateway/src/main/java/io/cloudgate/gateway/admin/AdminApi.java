package io.cloudgate.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.api.AwsException;
import io.cloudgate.api.Principal;
import io.cloudgate.api.ServiceErrors;
import io.cloudgate.compute.cloudstack.AccountLinks;
import io.cloudgate.compute.openstack.ProjectLinks;
import io.cloudgate.gateway.Outcome;
import io.cloudgate.gateway.auth.Authenticator;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.IssuedKey;
import io.cloudgate.identity.store.AccountRecord;
import io.cloudgate.protocol.wire.Headers;
import io.cloudgate.protocol.wire.WireRequest;
import io.cloudgate.protocol.wire.WireResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operator's API, signed like any AWS request (any signing name) by a key of the administrator account:
 * <pre>
 *   GET  /_cloudgate/admin/accounts                 list accounts
 *   POST /_cloudgate/admin/accounts   {"name": n}   create an account and its first root key
 *   POST /_cloudgate/admin/accounts/{id}/keys       issue another root key for an account
 *   PUT|GET|DELETE /_cloudgate/admin/accounts/{id}/cloudstack   its CloudStack account ({@link CloudStackLinksAdmin})
 *   PUT|GET|DELETE /_cloudgate/admin/accounts/{id}/openstack    its OpenStack project ({@link OpenStackLinksAdmin})
 * </pre>
 * Answers are JSON; errors are {"__type": code, "message": text}.
 */
public final class AdminApi {
    public static final String PREFIX = "/_cloudgate/admin/";
    private static final Pattern ACCOUNT_KEYS = Pattern.compile("/_cloudgate/admin/accounts/(\\d{12})/keys/?");
    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Identities identities;
    private final Authenticator authenticator;
    private final TenantLinkRoute cloudStackLinks;
    private final TenantLinkRoute openStackLinks;

    public AdminApi(Identities identities, Authenticator authenticator) {
        this(identities, authenticator, null, null);
    }

    /**
     * @param cloudStackLinks the CloudStack compute backend's account links, null with another backend
     * @param openStackLinks  the OpenStack compute backend's project links, null with another backend
     */
    public AdminApi(Identities identities, Authenticator authenticator, AccountLinks cloudStackLinks,
                    ProjectLinks openStackLinks) {
        this.identities = identities;
        this.authenticator = authenticator;
        this.cloudStackLinks = new TenantLinkRoute("cloudstack", "CloudStack", identities,
                cloudStackLinks == null ? null : new CloudStackLinksAdmin(cloudStackLinks));
        this.openStackLinks = new TenantLinkRoute("openstack", "OpenStack", identities,
                openStackLinks == null ? null : new OpenStackLinksAdmin(openStackLinks));
    }

    public boolean handles(WireRequest request) {
        return request.rawPath().startsWith(PREFIX);
    }

    public Outcome handle(WireRequest request, String requestId) {
        String account = null;
        String operation = request.method() + " " + request.rawPath();
        try {
            Principal caller = authenticator.authenticate(request, ServiceErrors.query());
            account = caller.accountId();
            requireAdministrator(caller);
            return new Outcome(json(200, dispatch(request), requestId), account, "admin", operation);
        } catch (AwsException e) {
            ObjectNode error = JSON.createObjectNode().put("__type", e.code()).put("message", e.getMessage());
            return new Outcome(json(e.status(), error, requestId), account, "admin", operation);
        }
    }

    private JsonNode dispatch(WireRequest request) {
        String path = request.rawPath();
        Matcher keys = ACCOUNT_KEYS.matcher(path);
        if (path.matches("/_cloudgate/admin/accounts/?") && request.method().equals("GET")) {
            ArrayNode accounts = JSON.createArrayNode();
            identities.accounts().list().forEach(a -> accounts.add(describe(a)));
            return JSON.createObjectNode().set("accounts", accounts);
        }
        if (path.matches("/_cloudgate/admin/accounts/?") && request.method().equals("POST")) {
            String name = requestedName(request);
            AccountRecord created = identities.accounts().create(name);
            return withKey(describe(created), identities.issueKey(created.accountId(), null));
        }
        if (keys.matches() && request.method().equals("POST")) {
            AccountRecord target = identities.accounts().find(keys.group(1))
                    .orElseThrow(() -> AwsException.notFound("NoSuchEntity", "No account " + keys.group(1)));
            return withKey(describe(target), identities.issueKey(target.accountId(), null));
        }
        Optional<JsonNode> linked = cloudStackLinks.dispatch(request).or(() -> openStackLinks.dispatch(request));
        if (linked.isPresent()) {
            return linked.get();
        }
        throw AwsException.notFound("UnknownOperation", "No admin operation " + request.method() + " " + path);
    }

    private void requireAdministrator(Principal caller) {
        String adminAccount = identities.accounts().adminAccount().map(AccountRecord::accountId).orElse(null);
        if (!caller.accountId().equals(adminAccount)) {
            throw AwsException.forbidden("AccessDenied", "Only the administrator account may call the admin API");
        }
    }

    private static String requestedName(WireRequest request) {
        JsonNode body;
        try {
            body = request.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(request.body());
        } catch (IOException e) {
            throw AwsException.badRequest("SerializationException", "The body is not valid JSON");
        }
        String name = body.path("name").asText("");
        if (!NAME.matcher(name).matches()) {
            throw AwsException.validation("name must be 1-64 characters of letters, digits and +=,.@_-");
        }
        return name;
    }

    private static ObjectNode describe(AccountRecord account) {
        return JSON.createObjectNode()
                .put("accountId", account.accountId())
                .put("name", account.name())
                .put("createdAt", account.createdAt().toString());
    }

    private static ObjectNode withKey(ObjectNode account, IssuedKey key) {
        return account.put("accessKeyId", key.record().accessKeyId()).put("secretAccessKey", key.secretAccessKey());
    }

    private static WireResponse json(int status, JsonNode body, String requestId) {
        Headers headers = new Headers().set("content-type", "application/json").set("x-amzn-requestid", requestId);
        return new WireResponse(status, headers, body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
