package io.cloudgate.elb.classic;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.classic.ClassicBalancer.ClassicListener;
import io.cloudgate.elb.core.BalancerDns;
import io.cloudgate.elb.core.ElbArns;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateLoadBalancerListenersRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateLoadBalancerListenersResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.DeleteLoadBalancerListenersRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DeleteLoadBalancerListenersResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.DeleteLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DeleteLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.SetLoadBalancerListenerSslCertificateRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.SetLoadBalancerListenerSslCertificateResponse;

/** Creating and deleting classic balancers and their listeners. */
final class BalancerOperations {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?");

    private final ClassicContext context;

    private BalancerOperations(ClassicContext context) {
        this.context = context;
    }

    static List<BoundOperation> all(ClassicContext context) {
        BalancerOperations ops = new BalancerOperations(context);
        return List.of(
                BoundOperation.of(operation("CreateLoadBalancer", CreateLoadBalancerRequest::builder,
                        CreateLoadBalancerResponse::builder), ops::create),
                BoundOperation.of(operation("DeleteLoadBalancer", DeleteLoadBalancerRequest::builder,
                        DeleteLoadBalancerResponse::builder), ops::delete),
                BoundOperation.of(operation("CreateLoadBalancerListeners", CreateLoadBalancerListenersRequest::builder,
                        CreateLoadBalancerListenersResponse::builder), ops::createListeners),
                BoundOperation.of(operation("DeleteLoadBalancerListeners", DeleteLoadBalancerListenersRequest::builder,
                        DeleteLoadBalancerListenersResponse::builder), ops::deleteListeners),
                BoundOperation.of(operation("SetLoadBalancerListenerSSLCertificate",
                        SetLoadBalancerListenerSslCertificateRequest::builder,
                        SetLoadBalancerListenerSslCertificateResponse::builder), ops::setCertificate));
    }

    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ClassicErrors.validation("LoadBalancerName must be 1 to 32 alphanumeric characters or hyphens, "
                    + "not beginning or ending with a hyphen: " + name);
        }
    }

    private CreateLoadBalancerResponse create(CreateLoadBalancerRequest request, RequestContext ctx) {
        String account = ctx.principal().accountId();
        String name = request.loadBalancerName();
        checkName(name);
        if (request.listeners().isEmpty()) {
            throw ClassicErrors.validation("Listeners cannot be empty");
        }
        List<ClassicListener> listeners = ListenerRules.merge(name, List.of(),
                request.listeners().stream().map(ListenerRules::normalize).toList());
        String scheme = request.scheme() == null ? "internet-facing" : request.scheme();
        if (!scheme.equals("internet-facing") && !scheme.equals("internal")) {
            throw ClassicErrors.invalidScheme(scheme);
        }
        Placement.Resolved placement = context.placement().resolve(account, request.availabilityZones(),
                request.subnets());
        List<String> groups = context.placement().securityGroups(account, placement.vpcId(),
                request.securityGroups());
        Map<String, String> tags = Tags.add(Map.of(), request.tags());
        return context.store().locked(account, () -> {
            var existing = context.store().find(account, name);
            if (existing.isPresent()) {
                if (!existing.get().listeners().stream().map(l -> l.withPolicies(List.of())).toList()
                        .equals(listeners)) {
                    throw ClassicErrors.duplicateName(name);
                }
                return CreateLoadBalancerResponse.builder().dnsName(existing.get().dnsName()).build();
            }
            ClassicBalancer balancer = newBalancer(account, name, scheme, listeners, placement, groups, tags, ctx);
            BalancerDns dns = context.elb().balancerDns();
            try {
                context.runtime().apply(account, balancer);
                dns.publish(balancer.dnsName(), balancer.address());
                context.store().put(account, balancer);
            } catch (RuntimeException e) {
                context.runtime().remove(balancer);
                dns.withdraw(balancer.dnsName());
                context.elb().addresses().release(balancer.address());
                throw e;
            }
            return CreateLoadBalancerResponse.builder().dnsName(balancer.dnsName()).build();
        });
    }

    private ClassicBalancer newBalancer(String account, String name, String scheme, List<ClassicListener> listeners,
                                        Placement.Resolved placement, List<String> groups, Map<String, String> tags,
                                        RequestContext ctx) {
        String arn = ElbArns.arn(context.region(), account, "loadbalancer/" + name);
        String address = context.elb().addresses().allocate(arn);
        String dnsName = context.elb().balancerDns().newName(name, scheme.equals("internal"));
        return new ClassicBalancer(name, arn, ctx.clock().instant(), scheme, dnsName, address, placement.vpcId(),
                placement.zones(), placement.subnets(), groups, listeners,
                HealthTarget.defaultCheck(listeners.getFirst().instancePort()), List.of(),
                ClassicAttributes.defaults(), List.of(), Map.of(), tags);
    }

    /** Deleting a balancer that does not exist succeeds, as on AWS. */
    private DeleteLoadBalancerResponse delete(DeleteLoadBalancerRequest request, RequestContext ctx) {
        String account = ctx.principal().accountId();
        context.store().locked(account, () -> {
            context.store().find(account, request.loadBalancerName()).ifPresent(balancer -> {
                context.runtime().remove(balancer);
                context.elb().balancerDns().withdraw(balancer.dnsName());
                context.store().delete(account, balancer);
                context.elb().addresses().release(balancer.address());
            });
            return null;
        });
        return DeleteLoadBalancerResponse.builder().build();
    }

    private CreateLoadBalancerListenersResponse createListeners(CreateLoadBalancerListenersRequest request,
                                                                RequestContext ctx) {
        if (request.listeners().isEmpty()) {
            throw ClassicErrors.validation("Listeners cannot be empty");
        }
        List<ClassicListener> added = request.listeners().stream().map(ListenerRules::normalize).toList();
        context.change(ctx.principal().accountId(), request.loadBalancerName(), balancer -> balancer.withListeners(
                ListenerRules.merge(balancer.name(), balancer.listeners(), added)));
        return CreateLoadBalancerListenersResponse.builder().build();
    }

    /** Ports without a listener are ignored, as on AWS. */
    private DeleteLoadBalancerListenersResponse deleteListeners(DeleteLoadBalancerListenersRequest request,
                                                                RequestContext ctx) {
        Set<Integer> ports = new HashSet<>(request.loadBalancerPorts());
        context.change(ctx.principal().accountId(), request.loadBalancerName(), balancer -> balancer.withListeners(
                balancer.listeners().stream().filter(l -> !ports.contains(l.port())).toList()));
        return DeleteLoadBalancerListenersResponse.builder().build();
    }

    private SetLoadBalancerListenerSslCertificateResponse setCertificate(
            SetLoadBalancerListenerSslCertificateRequest request, RequestContext ctx) {
        String certificate = request.sslCertificateId();
        if (certificate == null || certificate.isBlank()) {
            throw ClassicErrors.validation("SSLCertificateId is required");
        }
        Integer port = request.loadBalancerPort();
        context.change(ctx.principal().accountId(), request.loadBalancerName(), balancer -> {
            ClassicListener listener = balancer.listeners().stream().filter(l -> port != null && l.port() == port)
                    .findFirst().orElseThrow(() -> ClassicErrors.listenerNotFound(balancer.name(), port));
            if (!listener.protocol().equals("HTTPS") && !listener.protocol().equals("SSL")) {
                throw ClassicErrors.invalidConfiguration("The listener on port " + port
                        + " is not an HTTPS or SSL listener");
            }
            return balancer.withListeners(balancer.listeners().stream()
                    .map(l -> l == listener ? l.withCertificate(certificate) : l).toList());
        });
        return SetLoadBalancerListenerSslCertificateResponse.builder().build();
    }
}
