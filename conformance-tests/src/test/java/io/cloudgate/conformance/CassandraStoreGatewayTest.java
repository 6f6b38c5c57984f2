package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.gateway.CommandLine;
import io.cloudgate.gateway.Gateway;
import io.cloudgate.identity.IssuedKey;
import io.cloudgate.store.cassandra.CassandraNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The gateway with --store cassandra on a real Cassandra node: identities, instances and idempotency tokens
 * written through one gateway are there for the next one, started with an empty data directory.
 */
class CassandraStoreGatewayTest {
    @TempDir
    Path directory;

    @Test
    void stateSurvivesAGatewayRestartBecauseItLivesInCassandra() throws Exception {
        CassandraNode node = CassandraNode.shared();
        StaticCredentialsProvider admin;
        AccessKey userKey;
        String instanceId;
        String account;
        try (Gateway first = start(node, "first")) {
            IssuedKey adminKey = first.firstAdminKey().orElseThrow();
            admin = credentials(adminKey.record().accessKeyId(), adminKey.secretAccessKey());
            try (StsClient sts = sts(first, admin); IamClient iam = iam(first, admin); Ec2Client ec2 = ec2(first, admin)) {
                account = sts.getCallerIdentity().account();
                iam.createUser(r -> r.userName("cassandra-user"));
                userKey = iam.createAccessKey(r -> r.userName("cassandra-user")).accessKey();
                instanceId = ec2.runInstances(r -> r.imageId(image(ec2)).instanceType(InstanceType.T3_MICRO)
                        .minCount(1).maxCount(1).clientToken("cassandra-restart")).instances().getFirst().instanceId();
            }
        }

        try (Gateway second = start(node, "second")) {
            assertThat(second.firstAdminKey()).as("the administrator is already in the store").isEmpty();
            StaticCredentialsProvider user = credentials(userKey.accessKeyId(), userKey.secretAccessKey());
            try (StsClient sts = sts(second, user); Ec2Client ec2 = ec2(second, admin)) {
                var caller = sts.getCallerIdentity();
                assertThat(caller.account()).isEqualTo(account);
                assertThat(caller.arn()).endsWith(":user/cassandra-user");
                assertThat(ec2.describeInstances(r -> r.instanceIds(instanceId)).reservations().getFirst()
                        .instances().getFirst().instanceId()).isEqualTo(instanceId);
                String retried = ec2.runInstances(r -> r.imageId(image(ec2)).instanceType(InstanceType.T3_MICRO)
                        .minCount(1).maxCount(1).clientToken("cassandra-restart")).instances().getFirst().instanceId();
                assertThat(retried).as("the idempotency token survived the restart").isEqualTo(instanceId);
            }
        }
    }

    /** Each gateway gets an empty data directory of its own; only the master key (a secret, not state) is shared. */
    private Gateway start(CassandraNode node, String name) throws Exception {
        Path data = Files.createDirectories(directory.resolve(name));
        Gateway gateway = Gateway.create(CommandLine.parse(new String[] {"--port", "0", "--dns-port", "0",
                "--data-dir", data.toString(), "--master-key-file", directory.resolve("master.key").toString(),
                "--store", "cassandra", "--cassandra-contact-points", node.contactPoint(),
                "--cassandra-keyspace", "conformance", "--cassandra-datacenter", "datacenter1"}, Map.of()),
                Clock.systemUTC());
        gateway.start();
        return gateway;
    }

    private static String image(Ec2Client ec2) {
        return ec2.describeImages(r -> r.owners("amazon")).images().getFirst().imageId();
    }

    private static StaticCredentialsProvider credentials(String accessKeyId, String secret) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret));
    }

    private static URI endpoint(Gateway gateway) {
        return URI.create("http://127.0.0.1:" + gateway.port());
    }

    private static StsClient sts(Gateway gateway, StaticCredentialsProvider credentials) {
        return StsClient.builder().endpointOverride(endpoint(gateway)).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static IamClient iam(Gateway gateway, StaticCredentialsProvider credentials) {
        return IamClient.builder().endpointOverride(endpoint(gateway)).region(Region.AWS_GLOBAL)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static Ec2Client ec2(Gateway gateway, StaticCredentialsProvider credentials) {
        return Ec2Client.builder().endpointOverride(endpoint(gateway)).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
    }
}
