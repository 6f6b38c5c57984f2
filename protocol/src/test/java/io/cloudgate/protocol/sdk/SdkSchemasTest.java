package io.cloudgate.protocol.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.protocol.schema.HttpBinding;
import io.cloudgate.protocol.schema.Location;
import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.StructureBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsRequest;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.EbsBlockDevice;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

class SdkSchemasTest {

    @Test
    void runInstancesBlockDeviceMappingsUseTheEc2QueryName() {
        Schema schema = SdkSchemas.of(RunInstancesRequest::builder);
        MemberSchema mappings = schema.member("BlockDeviceMappings");

        assertThat(mappings.requestName()).isEqualTo("BlockDeviceMapping");
        assertThat(mappings.target().type()).isEqualTo(ShapeType.LIST);
        assertThat(mappings.target().listMember().target().shapeName()).isEqualTo("BlockDeviceMapping");
        assertThat(mappings.location()).isEqualTo(Location.BODY);
    }

    @Test
    void reservationInstancesAreAnInstancesSetOfItems() {
        MemberSchema instances = SdkSchemas.of(Reservation::builder).member("Instances");

        assertThat(instances.responseName()).isEqualTo("instancesSet");
        assertThat(instances.flattened()).isFalse();
        assertThat(instances.target().listMember().responseName()).isEqualTo("item");
        assertThat(instances.target().listMember().target().shapeName()).isEqualTo("Instance");
    }

    @Test
    void cloudWatchDimensionsAreAWrappedListOfMembers() {
        MemberSchema dimensions = SdkSchemas.of(GetMetricStatisticsRequest::builder).member("Dimensions");

        assertThat(dimensions.flattened()).isFalse();
        assertThat(dimensions.target().listMember().requestName()).isEqualTo("member");
        assertThat(dimensions.target().listMember().responseName()).isEqualTo("member");
    }

    @Test
    void restBindingsBecomeLocations() {
        Schema list = SdkSchemas.of(ListResourceRecordSetsRequest::builder);
        assertThat(list.member("HostedZoneId").location()).isEqualTo(Location.LABEL);
        assertThat(list.member("HostedZoneId").locationName()).isEqualTo("Id");
        assertThat(list.member("StartRecordName").location()).isEqualTo(Location.QUERY);
        assertThat(list.member("StartRecordName").locationName()).isEqualTo("name");

        MemberSchema location = SdkSchemas.of(CreateHostedZoneResponse::builder).member("Location");
        assertThat(location.location()).isEqualTo(Location.HEADER);
        assertThat(location.locationName()).isEqualTo("Location");
        assertThat(SdkSchemas.of(CreateHostedZoneRequest::builder).member("Name").locationName()).isNull();
    }

    @Test
    void shapeNamesAreTheModelClassNames() {
        assertThat(SdkSchemas.of(CreateHostedZoneRequest::builder).shapeName()).isEqualTo("CreateHostedZoneRequest");
        assertThat(SdkSchemas.of(GetCallerIdentityResponse::builder).shapeName())
                .isEqualTo("GetCallerIdentityResponse");
    }

    @Test
    void schemasAreCachedPerModelClass() {
        assertThat(SdkSchemas.of(RunInstancesRequest::builder)).isSameAs(SdkSchemas.of(RunInstancesRequest::builder));
    }

    @Test
    void builderBuildsTheModelObjectAndMemberValueReadsItBack() {
        Schema schema = SdkSchemas.of(RunInstancesRequest::builder);
        Schema mappingSchema = schema.member("BlockDeviceMappings").target().listMember().target();
        StructureBuilder mapping = mappingSchema.newBuilder();
        mapping.set(mappingSchema.member("DeviceName"), "/dev/sda1");
        StructureBuilder builder = schema.newBuilder();
        builder.set(schema.member("ImageId"), "ami-1");
        builder.set(schema.member("MaxCount"), 2);
        builder.set(schema.member("BlockDeviceMappings"), List.of(mapping.build()));

        Object built = builder.build();

        assertThat(built).isEqualTo(RunInstancesRequest.builder().imageId("ami-1").maxCount(2)
                .blockDeviceMappings(BlockDeviceMapping.builder().deviceName("/dev/sda1").build()).build());
        assertThat(schema.memberValue(built, schema.member("MaxCount"))).isEqualTo(2);
        assertThat(schema.memberValue(built, schema.member("MinCount"))).isNull();
        assertThat(schema.memberValue(built, schema.member("SecurityGroupIds")))
                .as("an unset list is unset, not the SDK's auto-constructed empty list").isNull();
    }

    @Test
    void idempotencyTokenIsReadAsSetNotInvented() {
        Schema schema = SdkSchemas.of(RunInstancesRequest::builder);
        MemberSchema token = schema.member("ClientToken");

        assertThat(token.idempotencyToken()).isTrue();
        assertThat(schema.memberValue(RunInstancesRequest.builder().build(), token)).isNull();
        assertThat(schema.memberValue(RunInstancesRequest.builder().clientToken("t").build(), token)).isEqualTo("t");
    }

    @Test
    void blobsTravelAsByteArrays() {
        Schema schema = SdkSchemas.of(ImportKeyPairRequest::builder);
        MemberSchema material = schema.member("PublicKeyMaterial");
        byte[] key = "ssh-ed25519 AAAA".getBytes(StandardCharsets.UTF_8);
        StructureBuilder builder = schema.newBuilder();
        builder.set(material, key);

        ImportKeyPairRequest built = (ImportKeyPairRequest) builder.build();

        assertThat(material.target().type()).isEqualTo(ShapeType.BLOB);
        assertThat(built.publicKeyMaterial()).isEqualTo(SdkBytes.fromByteArray(key));
        assertThat((byte[]) schema.memberValue(built, material)).isEqualTo(key);
    }

    @Test
    void memberValueAcceptsABuilder() {
        Schema schema = SdkSchemas.of(EbsBlockDevice::builder);

        Object value = schema.memberValue(EbsBlockDevice.builder().volumeSize(8), schema.member("VolumeSize"));

        assertThat(value).isEqualTo(8);
    }

    @Test
    void timestampsAreInstants() {
        Schema schema = SdkSchemas.of(GetMetricStatisticsRequest::builder);
        assertThat(schema.member("StartTime").target().type()).isEqualTo(ShapeType.TIMESTAMP);
        assertThat(schema.member("StartTime").timestampFormat()).isNull();
        StructureBuilder builder = schema.newBuilder();
        builder.set(schema.member("StartTime"), Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(((GetMetricStatisticsRequest) builder.build()).startTime())
                .isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void operationsCarryInputOutputAndBinding() {
        OperationSchema rpc = SdkSchemas.operation("GetCallerIdentity", GetCallerIdentityRequest::builder,
                GetCallerIdentityResponse::builder);
        HttpBinding binding = new HttpBinding("POST", "/2013-04-01/hostedzone", 201);
        OperationSchema rest = SdkSchemas.operation("CreateHostedZone", CreateHostedZoneRequest::builder,
                CreateHostedZoneResponse::builder, binding);

        assertThat(rpc.input().shapeName()).isEqualTo("GetCallerIdentityRequest");
        assertThat(rpc.output().members()).extracting(MemberSchema::name).containsExactly("UserId", "Account", "Arn");
        assertThat(rpc.http()).isNull();
        assertThat(rest.http()).isEqualTo(binding);
    }
}
