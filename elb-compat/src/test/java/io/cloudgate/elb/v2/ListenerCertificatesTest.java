package io.cloudgate.elb.v2;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.embedded.EmbeddedCompute;
import io.cloudgate.compute.embedded.EmbeddedSettings;
import io.cloudgate.dns.embedded.EmbeddedDns;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.elb.core.ElbContext;
import io.cloudgate.elb.v2.ops.balancers.CreateLoadBalancer;
import io.cloudgate.elb.v2.ops.listeners.AddListenerCertificates;
import io.cloudgate.elb.v2.ops.listeners.CreateListener;
import io.cloudgate.elb.v2.ops.listeners.DescribeListenerCertificates;
import io.cloudgate.elb.v2.ops.listeners.DescribeListeners;
import io.cloudgate.elb.v2.ops.listeners.ModifyListener;
import io.cloudgate.elb.v2.ops.listeners.RemoveListenerCertificates;
import io.cloudgate.elb.v2.ops.targets.CreateTargetGroup;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddListenerCertificatesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerCertificatesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerCertificatesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveListenerCertificatesRequest;

/** HTTPS listeners: the default certificate, certificates added for SNI, and what the data plane is handed. */
class ListenerCertificatesTest {
    private static final String ACCOUNT = "123456789012";
    private static final String A = certificateArn("a");
    private static final String B = certificateArn("b");
    private static final String C = certificateArn("c");

    private final Clock clock = Clock.systemUTC();
    private final DocumentStore store = MvStoreDocumentStore.inMemory(clock);
    private final EmbeddedDns dns = EmbeddedDns.open(store, clock, new InetSocketAddress("127.0.0.1", 0));
    private final Ec2Context ec2 = Ec2Context.of(EmbeddedCompute.open(store, clock, EmbeddedSettings.defaults()),
            store, "us-east-1", clock);
    private final RequestContext request = new RequestContext("req-1", new Principal(ACCOUNT,
            "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT, null, "AKIDEXAMPLE", false), "us-east-1", clock);
    private final Map<String, Listener.Certificate> known = Map.of(A, pem("a"), B, pem("b"), C, pem("c"));
    private final RecordingDataPlane dataPlane = new RecordingDataPlane();
    private final V2Context context = new V2Context(new ElbContext(dataPlane, ec2, dns, 0, 0,
            (account, arn) -> account.equals(ACCOUNT) ? Optional.ofNullable(known.get(arn)) : Optional.empty()));

    @AfterEach
    void close() {
        dns.close();
        store.close();
    }

    @Test
    void anHttpsListenerServesItsDefaultCertificateFirstAndAddedOnesForSni() {
        String listener = httpsListener(A);
        assertThat(tls()).containsExactly(pem("a"));

        new AddListenerCertificates(context).handle(AddListenerCertificatesRequest.builder().listenerArn(listener)
                .certificates(certificate(B), certificate(C)).build(), request);
        assertThat(tls()).containsExactly(pem("a"), pem("b"), pem("c"));
        assertThat(new DescribeListeners(context).handle(DescribeListenersRequest.builder()
                .listenerArns(listener).build(), request).listeners().getFirst().certificates())
                .extracting(Certificate::certificateArn).containsExactly(A);
        DescribeListenerCertificatesResponse first = new DescribeListenerCertificates(context).handle(
                DescribeListenerCertificatesRequest.builder().listenerArn(listener).pageSize(2).build(), request);
        assertThat(first.certificates()).extracting(Certificate::certificateArn, Certificate::isDefault)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(A, true),
                        org.assertj.core.groups.Tuple.tuple(B, false));
        assertThat(new DescribeListenerCertificates(context).handle(DescribeListenerCertificatesRequest.builder()
                .listenerArn(listener).marker(first.nextMarker()).build(), request).certificates())
                .extracting(Certificate::certificateArn).containsExactly(C);

        new ModifyListener(context).handle(ModifyListenerRequest.builder().listenerArn(listener)
                .certificates(certificate(C)).build(), request);
        assertThat(tls()).containsExactly(pem("c"), pem("b"));
        assertError(() -> new RemoveListenerCertificates(context).handle(RemoveListenerCertificatesRequest.builder()
                .listenerArn(listener).certificates(certificate(C)).build(), request), "OperationNotPermitted");
        new RemoveListenerCertificates(context).handle(RemoveListenerCertificatesRequest.builder()
                .listenerArn(listener).certificates(certificate(B)).build(), request);
        assertThat(tls()).containsExactly(pem("c"));
        assertThat(context.certificateUser(ACCOUNT, C)).isPresent();
        assertThat(context.certificateUser(ACCOUNT, B)).isEmpty();
    }

    @Test
    void certificatesThatAreNotTheAccountsAreNotFoundAndChangeNothing() {
        String foreign = "arn:aws:iam::999999999999:server-certificate/a";
        String message = assertError(() -> httpsListener(foreign), "CertificateNotFound");
        assertThat(message).isEqualTo("Certificate '" + foreign + "' not found");
        String listener = httpsListener(A);
        assertError(() -> new AddListenerCertificates(context).handle(AddListenerCertificatesRequest.builder()
                .listenerArn(listener).certificates(certificate(certificateArn("missing"))).build(), request),
                "CertificateNotFound");
        assertThat(tls()).containsExactly(pem("a"));
        assertThat(new DescribeListenerCertificates(context).handle(DescribeListenerCertificatesRequest.builder()
                .listenerArn(listener).build(), request).certificates()).hasSize(1);
    }

    private String httpsListener(String certificateArn) {
        String balancer = new CreateLoadBalancer(context).handle(CreateLoadBalancerRequest.builder().name("tls")
                .build(), request).loadBalancers().getFirst().loadBalancerArn();
        String vpcId = ec2.ids().toAws(ResourceKind.VPC, ec2.compute().networks().list(ACCOUNT).getFirst().id());
        String group = new CreateTargetGroup(context).handle(CreateTargetGroupRequest.builder().name("tls")
                .protocol("HTTP").port(80).vpcId(vpcId).targetType("ip").build(), request)
                .targetGroups().getFirst().targetGroupArn();
        return new CreateListener(context).handle(CreateListenerRequest.builder().loadBalancerArn(balancer)
                .protocol("HTTPS").port(443).certificates(certificate(certificateArn))
                .defaultActions(Action.builder().type("forward").targetGroupArn(group).build()).build(), request)
                .listeners().getFirst().listenerArn();
    }

    private List<Listener.Certificate> tls() {
        return dataPlane.balancers.values().iterator().next().listeners().getFirst().tls().certificates();
    }

    private static Certificate certificate(String arn) {
        return Certificate.builder().certificateArn(arn).build();
    }

    private static String certificateArn(String name) {
        return "arn:aws:iam::" + ACCOUNT + ":server-certificate/" + name;
    }

    private static Listener.Certificate pem(String name) {
        return new Listener.Certificate(name + " chain", name + " key");
    }

    private static String assertError(Runnable call, String code) {
        AwsException error = org.assertj.core.api.Assertions.catchThrowableOfType(AwsException.class, call::run);
        assertThat(error).isNotNull();
        assertThat(error.code()).isEqualTo(code);
        return error.getMessage();
    }
}
