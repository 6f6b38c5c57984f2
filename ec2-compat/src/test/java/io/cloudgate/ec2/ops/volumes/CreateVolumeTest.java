package io.cloudgate.ec2.ops.volumes;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.api.AwsException;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.CreateVolumeResponse;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeState;
import software.amazon.awssdk.services.ec2.model.VolumeType;

class CreateVolumeTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final VolumeCalls calls = new VolumeCalls(bed);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aPlainVolumeIsGp2UnencryptedAndBecomesAvailable() {
        CreateVolumeResponse created = calls.create(bed.tenant(), request -> request.size(10));
        assertThat(created.volumeId()).matches("vol-[0-9a-f]{17}");
        assertThat(created.state()).isEqualTo(VolumeState.CREATING);
        assertThat(created.volumeType()).isEqualTo(VolumeType.GP2);
        assertThat(created.iops()).isEqualTo(100);
        assertThat(created.encrypted()).isFalse();
        assertThat(created.multiAttachEnabled()).isFalse();
        assertThat(created.snapshotId()).isEmpty();
        assertThat(created.availabilityZoneId()).isEqualTo("use1-az1");

        bed.clock.advance(Duration.ofSeconds(5));
        Volume described = calls.volume(bed.tenant(), created.volumeId());
        assertThat(described.state()).isEqualTo(VolumeState.AVAILABLE);
        assertThat(described.size()).isEqualTo(10);
        assertThat(described.availabilityZone()).isEqualTo(Ec2Testbed.ZONE);
        assertThat(described.createTime()).isEqualTo(created.createTime());
        assertThat(described.attachments()).isEmpty();
        assertThat(described.throughput()).isNull();
    }

    @Test
    void missingSizeAndSnapshotIsRefusedAsAwsDoes() throws IOException {
        JsonNode recorded;
        try (InputStream in = getClass().getResourceAsStream("/aws-snapshots/ec2-create-volume-without-size.json")) {
            recorded = new ObjectMapper().readTree(in).at("/recorded-content/request-missing-size");
        }
        assertThatThrownBy(() -> calls.create(bed.tenant(), request -> { }))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(recorded.at("/Error/Code").asText());
                    assertThat(e.getMessage()).isEqualTo(recorded.at("/Error/Message").asText());
                    assertThat(e.status()).isEqualTo(recorded.at("/ResponseMetadata/HTTPStatusCode").asInt());
                });
    }

    @Test
    void gp3GetsItsBaselineAndEncryptionGetsTheDefaultKey() {
        CreateVolumeResponse created = calls.create(bed.tenant(), request -> request.size(100)
                .volumeType(VolumeType.GP3).encrypted(true));
        assertThat(created.iops()).isEqualTo(3000);
        assertThat(created.throughput()).isEqualTo(125);
        assertThat(created.encrypted()).isTrue();
        assertThat(created.kmsKeyId()).isEqualTo("arn:aws:kms:us-east-1:" + Ec2Testbed.ACCOUNT + ":alias/aws/ebs");

        CreateVolumeResponse io2 = calls.create(bed.tenant(), request -> request.size(10).volumeType(VolumeType.IO2)
                .iops(5000).encrypted(true).kmsKeyId("arn:aws:kms:us-east-1:111122223333:key/abc"));
        Volume described = calls.volume(bed.tenant(), io2.volumeId());
        assertThat(described.iops()).isEqualTo(5000);
        assertThat(described.kmsKeyId()).isEqualTo("arn:aws:kms:us-east-1:111122223333:key/abc");
    }

    @Test
    void typeSizeIopsAndThroughputAreCheckedPerType() {
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(10).volumeType(VolumeType.GP3).iops(2000)),
                "InvalidParameterValue");
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(10).volumeType(VolumeType.GP3).iops(10000)),
                "InvalidParameterValue");
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(10).iops(300)), "InvalidParameterCombination");
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(10).volumeType(VolumeType.IO1)),
                "InvalidParameterCombination");
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(10).volumeType(VolumeType.IO1).iops(1000)),
                "InvalidParameterValue");
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(10).volumeType(VolumeType.ST1)),
                "InvalidParameterValue");
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(20000)), "InvalidParameterValue");
        assertThat(errorCode(() -> calls.create(bed.tenant(), r -> r.size(10).throughput(200)),
                "InvalidParameterCombination")).isEqualTo("throughput can only be specified for volumeType gp3.");
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(10).volumeType("gp9")), "InvalidParameterValue");
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(10).kmsKeyId("alias/x")), "InvalidParameterDependency");
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(10).availabilityZone("us-east-1z")),
                "InvalidZone.NotFound");
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(10).availabilityZone(null)), "MissingParameter");
        assertThat(calls.describe(bed.tenant(), r -> { }).volumes()).isEmpty();
    }

    @Test
    void tagsOnCreateAreStoredAndFilterable() {
        String volumeId = calls.create(bed.tenant(), r -> r.size(1).tagSpecifications(TagSpecification.builder()
                .resourceType(ResourceType.VOLUME).tags(Tag.builder().key("Name").value("data").build()).build()))
                .volumeId();
        calls.create(bed.tenant(), r -> r.size(2));
        assertThat(calls.volume(bed.tenant(), volumeId).tags()).containsExactly(Tag.builder().key("Name")
                .value("data").build());
        assertThat(calls.describe(bed.tenant(), r -> r.filters(f -> f.name("tag:Name").values("da*"))).volumes())
                .extracting(Volume::volumeId).containsExactly(volumeId);
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(1).tagSpecifications(TagSpecification.builder()
                .resourceType(ResourceType.INSTANCE).tags(Tag.builder().key("a").value("b").build()).build())),
                "InvalidParameterValue");
    }

    @Test
    void aRetryWithTheSameClientTokenAnswersWithTheSameVolume() {
        CreateVolumeResponse first = calls.create(bed.tenant(), r -> r.size(3).clientToken("token-1"));
        CreateVolumeResponse retry = calls.create(bed.tenant(), r -> r.size(3).clientToken("token-1"));
        assertThat(retry.volumeId()).isEqualTo(first.volumeId());
        assertThat(calls.describe(bed.tenant(), r -> { }).volumes()).hasSize(1);
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(4).clientToken("token-1")),
                "IdempotentParameterMismatch");
        assertThat(calls.create(bed.other(), r -> r.size(3).clientToken("token-1")).volumeId())
                .isNotEqualTo(first.volumeId());
        bed.clock.advance(Duration.ofSeconds(5));
        calls.delete(bed.tenant(), first.volumeId());
        assertThat(errorCode(() -> calls.create(bed.tenant(), r -> r.size(3).clientToken("token-1")),
                "IdempotentParameterMismatch")).contains("already deleted");
    }

    @Test
    void aZoneCanBeNamedByItsId() {
        assertThat(calls.create(bed.tenant(), r -> r.size(1).availabilityZone(null).availabilityZoneId("use1-az2"))
                .availabilityZone()).isEqualTo("us-east-1b");
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(1).availabilityZone(null)
                .availabilityZoneId("use1-az9")), "InvalidParameterValue");
    }

    @Test
    void dryRunCreatesNothing() {
        errorCode(() -> calls.create(bed.tenant(), r -> r.size(1).dryRun(true)), "DryRunOperation");
        errorCode(() -> calls.create(bed.tenant(), r -> r.dryRun(true)), "MissingParameter");
        assertThat(calls.describe(bed.tenant(), r -> { }).volumes()).isEmpty();
    }

    @Test
    void describeFiltersAndPages() {
        for (int size = 1; size <= 7; size++) {
            int gib = size;
            calls.create(bed.tenant(), r -> r.size(gib).volumeType(gib % 2 == 0 ? VolumeType.GP3 : VolumeType.GP2));
        }
        assertThat(calls.describe(bed.tenant(), r -> r.filters(f -> f.name("volume-type").values("gp3"))).volumes())
                .hasSize(3);
        assertThat(calls.describe(bed.tenant(), r -> r.filters(f -> f.name("size").values("1", "7"),
                f -> f.name("status").values("creating"))).volumes()).extracting(Volume::size).containsOnly(1, 7);
        var first = calls.describe(bed.tenant(), r -> r.maxResults(5));
        assertThat(first.volumes()).hasSize(5);
        var second = calls.describe(bed.tenant(), r -> r.maxResults(5).nextToken(first.nextToken()));
        assertThat(second.volumes()).hasSize(2);
        assertThat(second.nextToken()).isNull();
        errorCode(() -> calls.describe(bed.tenant(), r -> r.maxResults(2)), "InvalidParameterValue");
        errorCode(() -> calls.describe(bed.tenant(), r -> r.filters(f -> f.name("colour").values("x"))),
                "InvalidParameterValue");
    }

    @Test
    void anotherAccountsVolumeIsNotFound() {
        String volumeId = calls.availableVolume(bed.tenant(), 1);
        assertThat(errorCode(() -> calls.describe(bed.other(), r -> r.volumeIds(volumeId)), "InvalidVolume.NotFound"))
                .isEqualTo("The volume '" + volumeId + "' does not exist.");
        errorCode(() -> calls.delete(bed.other(), volumeId), "InvalidVolume.NotFound");
        assertThat(calls.describe(bed.other(), r -> { }).volumes()).isEmpty();
        errorCode(() -> calls.describe(bed.tenant(), r -> r.volumeIds("vol-nope")), "InvalidVolumeID.Malformed");
    }
}
