package io.cloudgate.gateway;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.AwsService;
import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.gateway.admin.AdminApi;
import io.cloudgate.gateway.auth.Authenticator;
import io.cloudgate.gateway.auth.Throttle;
import io.cloudgate.gateway.routing.Route;
import io.cloudgate.gateway.routing.ServiceRouter;
import io.cloudgate.protocol.Protocol;
import io.cloudgate.protocol.wire.ContentEncodings;
import io.cloudgate.protocol.wire.MalformedRequestException;
import io.cloudgate.protocol.wire.WireRequest;
import io.cloudgate.sigv4.SigV4Credential;
import java.time.Clock;
import java.util.Optional;

/**
 * The protocol-agnostic path of every request: route, authenticate, throttle, address, decode, run, encode.
 * Errors from any step are rendered once, in the envelope of the protocol the request spoke.
 */
public final class RequestPipeline {
    private final ServiceRouter router;
    private final Authenticator authenticator;
    private final Throttle throttle;
    private final AdminApi admin;
    private final ErrorRenderer errors;
    private final Clock clock;
    private final String defaultRegion;
    private final int maxBodyBytes;

    /** @param maxBodyBytes the largest body accepted, also after undoing Content-Encoding */
    public RequestPipeline(ServiceRouter router, Authenticator authenticator, Throttle throttle, AdminApi admin,
                           ErrorRenderer errors, Clock clock, String defaultRegion, int maxBodyBytes) {
        this.router = router;
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.admin = admin;
        this.errors = errors;
        this.clock = clock;
        this.defaultRegion = defaultRegion;
        this.maxBodyBytes = maxBodyBytes;
    }

    public Outcome handle(WireRequest request, String requestId) {
        if (admin.handles(request)) {
            return admin.handle(request, requestId);
        }
        Optional<SigV4Credential> credential = credentialOf(request);
        Optional<String> signingName = signingName(request, credential);
        Optional<Route> route = signingName.flatMap(name -> router.route(name, request));
        if (route.isEmpty()) {
            return unknownService(request, signingName, requestId);
        }
        String region = credential.map(SigV4Credential::region).orElse(defaultRegion);
        return handle(request, requestId, route.get(), region);
    }

    /** Answers a request that is refused before it is read in full (too large, too slow), in its service's envelope. */
    public Outcome refuse(WireRequest head, String requestId, int status, String code, String message) {
        Optional<String> signingName = signingName(head, credentialOf(head));
        Optional<Route> route = signingName.flatMap(name -> router.route(name, head));
        if (route.isEmpty()) {
            return errors.withoutService(router.fallbackProtocol(head), new AwsException(status, code, message),
                    requestId, signingName.orElse(null));
        }
        return errors.render(route.get(), new AwsException(status, code, message), requestId, null, null);
    }

    private Optional<String> signingName(WireRequest request, Optional<SigV4Credential> credential) {
        return credential.map(SigV4Credential::service).or(() -> router.signingNameFromHost(request));
    }

    private Outcome unknownService(WireRequest request, Optional<String> signingName, String requestId) {
        String message = signingName.map(name -> "The service " + name + " is not served by this endpoint.")
                .orElse("The request is not signed for any service this endpoint serves.");
        AwsException error = signingName.isPresent()
                ? AwsException.badRequest("UnknownService", message)
                : Authenticator.missingAuthentication();
        return errors.withoutService(router.fallbackProtocol(request), error, requestId, signingName.orElse(null));
    }

    private Outcome handle(WireRequest request, String requestId, Route route, String region) {
        AwsService service = route.service();
        Protocol protocol = route.protocol();
        String operationName = null;
        String account = null;
        try {
            Principal principal = authenticator.authenticate(request, service.errors());
            account = principal.accountId();
            if (!throttle.tryAcquire(principal.accessKeyId())) {
                throw service.errors().throttling().exception();
            }
            WireRequest decoded = ContentEncodings.decode(request, maxBodyBytes);
            Protocol.Addressed addressed = protocol.address(decoded, service.schema())
                    .orElseThrow(() -> service.errors().invalidAction().exception());
            operationName = addressed.operationName();
            BoundOperation operation = operationOf(service, addressed);
            Object input = protocol.decodeInput(decoded, service.schema(), operation.schema());
            Object output = operation.handler().handle(input, new RequestContext(requestId, principal, region, clock));
            return new Outcome(protocol.encodeOutput(service.schema(), operation.schema(), output, requestId),
                    account, service.signingName(), operationName);
        } catch (AwsException e) {
            return errors.render(route, e, requestId, account, operationName);
        } catch (MalformedRequestException e) {
            return errors.render(route, errors.malformed(route, e), requestId, account, operationName);
        } catch (RuntimeException e) {
            return errors.internal(route, e, requestId, account, operationName);
        }
    }

    private static BoundOperation operationOf(AwsService service, Protocol.Addressed addressed) {
        BoundOperation operation = service.operations().get(addressed.operationName());
        if (operation != null) {
            return operation;
        }
        if (service.awsOperationNames().contains(addressed.operationName())) {
            throw AwsException.badRequest("UnsupportedOperation", "The operation " + addressed.operationName()
                    + " is not supported by this endpoint yet.");
        }
        throw service.errors().invalidAction().exception("Could not find operation " + addressed.operationName()
                + " for version " + service.schema().apiVersion());
    }

    private static Optional<SigV4Credential> credentialOf(WireRequest request) {
        try {
            return SigV4Credential.of(Authenticator.signedRequest(request));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
