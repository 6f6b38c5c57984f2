package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.conformance.RunningGateway.Credentials;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancing.model.ElasticLoadBalancingException;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Exception;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetTypeEnum;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;

/**
 * TLS termination with certificates as users bring them: a certificate made with openssl is uploaded to IAM
 * (UploadServerCertificate), an HTTPS listener names its ARN, and an HTTPS client that trusts that certificate alone
 * (and checks the host name) reaches the backend through the balancer, which forwards plain HTTP with
 * X-Forwarded-Proto https. On the embedded data plane; {@link ElbTlsSdkHaproxyTest} runs the same on HAProxy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElbTlsSdkTest {
    private static final int PORT_OFFSET = 24000;
    private static final int WEB_SERVER_PORT_OFFSET = 24500;
    private static final String HOST = "shop.tls.example";

    private RunningGateway gateway;
    private IamClient iam;
    private ElasticLoadBalancingV2Client elbV2;
    private ElasticLoadBalancingClient elb;
    private Ec2Client ec2;
    private OpensslCertificate certificate;
    private SSLContext client;

    ElbDataPlane dataPlane() {
        return ElbDataPlane.EMBEDDED;
    }

    @BeforeAll
    void start() throws Exception {
        gateway = dataPlane().startGateway(PORT_OFFSET, WEB_SERVER_PORT_OFFSET);
        Credentials tenant = gateway.createAccount("elb-tls");
        iam = SdkClients.iam(gateway, tenant);
        elbV2 = ElbV2Clients.elbV2(gateway, tenant);
        elb = ElasticLoadBalancingClient.builder().endpointOverride(gateway.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(tenant.provider()).httpClient(UrlConnectionHttpClient.create()).build();
        ec2 = SdkClients.ec2(gateway, tenant);
        certificate = OpensslCertificate.generate(gateway.directory().resolve("tls"), HOST);
        client = certificate.trustingIt();
    }

    @AfterAll
    void stop() throws Exception {
        if (gateway != null) {
            iam.close();
            elbV2.close();
            elb.close();
            ec2.close();
            gateway.close();
        }
    }

    @Test
    void applicationBalancerTerminatesTlsWithTheUploadedCertificate() throws Exception {
        String certificateArn = upload("shop-v2");
        assertThat(certificateArn).matches("arn:aws:iam::\\d{12}:server-certificate/elb/shop-v2");
        List<Subnet> subnets = ec2.describeSubnets(r -> r.filters(Filter.builder().name("default-for-az")
                .values("true").build())).subnets();
        try (LocalBackends backend = LocalBackends.start("secure-backend")) {
            LoadBalancer balancer = elbV2.createLoadBalancer(r -> r.name("tls-v2")
                    .subnets(subnets.stream().map(Subnet::subnetId).limit(2).toList())).loadBalancers().getFirst();
            TargetGroup group = elbV2.createTargetGroup(r -> r.name("tls-v2").protocol(ProtocolEnum.HTTP)
                    .port(backend.port()).vpcId(subnets.getFirst().vpcId()).targetType(TargetTypeEnum.IP))
                    .targetGroups().getFirst();
            try {
                elbV2.registerTargets(r -> r.targetGroupArn(group.targetGroupArn())
                        .targets(t -> t.id("127.0.0.1").port(backend.port())));
                Action forward = Action.builder().type(ActionTypeEnum.FORWARD).targetGroupArn(group.targetGroupArn())
                        .build();
                String missing = certificateArn.replace("shop-v2", "missing");
                assertThatThrownBy(() -> elbV2.createListener(r -> r.loadBalancerArn(balancer.loadBalancerArn())
                        .protocol(ProtocolEnum.HTTPS).port(443).defaultActions(forward)
                        .certificates(Certificate.builder().certificateArn(missing).build())))
                        .isInstanceOfSatisfying(ElasticLoadBalancingV2Exception.class, e -> {
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("CertificateNotFound");
                            assertThat(e.statusCode()).isEqualTo(400);
                        });
                elbV2.createListener(r -> r.loadBalancerArn(balancer.loadBalancerArn()).protocol(ProtocolEnum.HTTPS)
                        .port(443).defaultActions(forward)
                        .certificates(Certificate.builder().certificateArn(certificateArn).build()));

                String address = ElbV2Clients.resolve(gateway, balancer.dnsName());
                HttpsGet.Response response = HttpsGet.get(client, address, 443 + PORT_OFFSET, HOST, "/checkout");
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.body()).isEqualTo("secure-backend");
                assertThat(response.header("X-Seen-Forwarded-Proto")).isEqualTo("https");

                assertThatThrownBy(() -> iam.deleteServerCertificate(r -> r.serverCertificateName("shop-v2")))
                        .isInstanceOfSatisfying(IamException.class, e -> {
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("DeleteConflict");
                            assertThat(e.statusCode()).isEqualTo(409);
                        });
            } finally {
                elbV2.deleteLoadBalancer(r -> r.loadBalancerArn(balancer.loadBalancerArn()));
                elbV2.deleteTargetGroup(r -> r.targetGroupArn(group.targetGroupArn()));
            }
        }
        iam.deleteServerCertificate(r -> r.serverCertificateName("shop-v2"));
    }

    @Test
    void classicBalancerTerminatesTlsInFrontOfAWebServerInstance() throws Exception {
        String certificateArn = upload("shop-classic");
        String imageId = ec2.describeImages(r -> r.owners("amazon").filters(Filter.builder().name("name")
                .values("cloudgate-webserver-1.0.0-x86_64").build())).images().getFirst().imageId();
        String instanceId = ec2.runInstances(r -> r.imageId(imageId).instanceType("t3.micro").minCount(1)
                .maxCount(1).placement(p -> p.availabilityZone("us-east-1a"))).instances().getFirst().instanceId();
        try {
            String dnsName = elb.createLoadBalancer(r -> r.loadBalancerName("tls-classic")
                    .availabilityZones("us-east-1a").listeners(l -> l.protocol("HTTPS").loadBalancerPort(443)
                            .instanceProtocol("HTTP").instancePort(80).sslCertificateId(certificateArn))).dnsName();
            elb.registerInstancesWithLoadBalancer(r -> r.loadBalancerName("tls-classic")
                    .instances(i -> i.instanceId(instanceId)));
            assertThatThrownBy(() -> elb.setLoadBalancerListenerSSLCertificate(r -> r.loadBalancerName("tls-classic")
                    .loadBalancerPort(443).sslCertificateId(certificateArn + "-missing")))
                    .isInstanceOfSatisfying(ElasticLoadBalancingException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("CertificateNotFound"));

            HttpsGet.Response response = awaitAnswer(ElbV2Clients.resolve(gateway, dnsName));
            assertThat(response.header("X-Cloudgate-Instance")).isEqualTo(instanceId);
        } finally {
            elb.deleteLoadBalancer(r -> r.loadBalancerName("tls-classic"));
            ec2.terminateInstances(r -> r.instanceIds(instanceId));
        }
        iam.deleteServerCertificate(r -> r.serverCertificateName("shop-classic"));
    }

    private String upload(String name) throws IOException {
        String body = certificate.certificatePem();
        String key = certificate.keyPem();
        return iam.uploadServerCertificate(r -> r.serverCertificateName(name).path("/elb/")
                .certificateBody(body).privateKey(key)).serverCertificateMetadata().arn();
    }

    /**
     * The instance joins the balancer once it runs, which a classic balancer notices when its instances' health is
     * read (as a user waiting for InService does); until then the balancer answers 503.
     */
    private HttpsGet.Response awaitAnswer(String address) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        HttpsGet.Response last = null;
        while (Instant.now().isBefore(deadline)) {
            elb.describeInstanceHealth(r -> r.loadBalancerName("tls-classic"));
            last = HttpsGet.get(client, address, 443 + PORT_OFFSET, HOST, "/");
            if (last.status() == 200) {
                return last;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no instance answered through the HTTPS listener: " + last);
    }
}
