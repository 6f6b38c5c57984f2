package io.cloudgate.elb.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.embedded.EmbeddedCompute;
import io.cloudgate.compute.embedded.EmbeddedSettings;
import io.cloudgate.dns.RecordSet;
import io.cloudgate.dns.embedded.EmbeddedDns;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.elb.core.ElbContext;
import io.cloudgate.elb.v2.ops.balancers.CreateLoadBalancer;
import io.cloudgate.elb.v2.ops.balancers.DeleteLoadBalancer;
import io.cloudgate.elb.v2.ops.listeners.CreateListener;
import io.cloudgate.elb.v2.ops.targets.CreateTargetGroup;
import io.cloudgate.elb.v2.ops.targets.RegisterTargets;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RegisterTargetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;

/** A balancer's stored state is enough to hand the same configuration to a fresh data plane (a restart). */
class V2RestoreTest {
    private static final String ACCOUNT = "123456789012";

    private final Clock clock = Clock.systemUTC();
    private final DocumentStore store = MvStoreDocumentStore.inMemory(clock);
    private final EmbeddedDns dns = EmbeddedDns.open(store, clock, new InetSocketAddress("127.0.0.1", 0));
    private final Ec2Context ec2 = Ec2Context.of(EmbeddedCompute.open(store, clock, EmbeddedSettings.defaults()),
            store, "us-east-1", clock);
    private final RequestContext request = new RequestContext("req-1", new Principal(ACCOUNT,
            "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT, null, "AKIDEXAMPLE", false), "us-east-1", clock);

    @AfterEach
    void close() {
        dns.close();
        store.close();
    }

    @Test
    void restoreAllHandsEveryStoredBalancerToANewDataPlane() {
        RecordingDataPlane before = new RecordingDataPlane();
        V2Context context = new V2Context(new ElbContext(before, ec2, dns));
        LoadBalancer balancer = new CreateLoadBalancer(context).handle(
                CreateLoadBalancerRequest.builder()
                        .name("restored").build(), request).loadBalancers().getFirst();
        String vpcId = ec2.ids().toAws(ResourceKind.VPC,
                ec2.compute().networks().list(ACCOUNT).getFirst().id());
        TargetGroup group = new CreateTargetGroup(context).handle(
                CreateTargetGroupRequest.builder()
                        .name("restored").protocol("HTTP").port(8080).vpcId(vpcId).targetType("ip").build(), request)
                .targetGroups().getFirst();
        new RegisterTargets(context).handle(
                RegisterTargetsRequest.builder()
                        .targetGroupArn(group.targetGroupArn()).targets(TargetDescription.builder()
                                .id("127.0.0.1").port(9090).build()).build(), request);
        new CreateListener(context).handle(
                CreateListenerRequest.builder()
                        .loadBalancerArn(balancer.loadBalancerArn()).protocol("HTTP").port(80)
                        .defaultActions(Action.builder().type("forward").targetGroupArn(group.targetGroupArn())
                                .build()).build(), request);
        BalancerConfig applied = before.balancers.values().iterator().next();
        assertThat(applied.pools().getFirst().members()).hasSize(1);

        RecordingDataPlane after = new RecordingDataPlane();
        new V2Context(new ElbContext(after, ec2, dns)).restoreAll();

        assertThat(after.balancers).containsExactlyEntriesOf(before.balancers);
        String address = applied.listeners().getFirst().bindAddress();
        assertThat(address).startsWith("127.");
        assertThat(dns.recordSets("us-east-1.elb.amazonaws.com.")).contains(
                RecordSet.of(balancer.dnsName() + ".", "A", 60, List.of(address)));

        new DeleteLoadBalancer(context).handle(
                DeleteLoadBalancerRequest.builder()
                        .loadBalancerArn(balancer.loadBalancerArn()).build(), request);
        RecordingDataPlane afterDelete = new RecordingDataPlane();
        new V2Context(new ElbContext(afterDelete, ec2, dns)).restoreAll();
        assertThat(afterDelete.balancers).isEmpty();
        assertThat(before.balancers).isEmpty();
    }

    @Test
    void unknownInstancesAreInvalidTargets() {
        V2Context context = new V2Context(new ElbContext(new RecordingDataPlane(), ec2, dns));
        String vpcId = ec2.ids().toAws(ResourceKind.VPC,
                ec2.compute().networks().list(ACCOUNT).getFirst().id());
        TargetGroup group = new CreateTargetGroup(context).handle(
                CreateTargetGroupRequest.builder()
                        .name("instances").protocol("HTTP").port(80).vpcId(vpcId).build(), request)
                .targetGroups().getFirst();
        assertThatThrownBy(() -> new RegisterTargets(context).handle(
                RegisterTargetsRequest.builder()
                        .targetGroupArn(group.targetGroupArn()).targets(TargetDescription.builder()
                                .id("i-0123456789abcdef0").build()).build(), request))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("InvalidTarget"));
    }
}
