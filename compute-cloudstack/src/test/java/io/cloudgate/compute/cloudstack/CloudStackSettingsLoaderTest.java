package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudStackSettingsLoaderTest {
    @TempDir
    Path dir;

    @Test
    void propertiesFileWithInstanceTypesOverriddenByTheEnvironment() throws IOException {
        Path file = Files.writeString(dir.resolve("cloudstack.properties"), """
                endpoint=http://cs.example:8080/client/api
                apiKey=file-key
                secretKey=file-secret
                deploysPerSecond=3
                pollIntervalSeconds=4
                instanceType.t3.micro=Small Instance
                instanceType.m5.large=Medium Instance
                volumeType.gp3=Performance
                """);
        CloudStackSettings settings = CloudStackSettingsLoader.load(file,
                Map.of("CLOUDSTACK_SECRET_KEY", "env-secret", "CLOUDSTACK_DEFAULT_ZONE", "zone-1"));
        assertThat(settings.endpoint()).hasToString("http://cs.example:8080/client/api");
        assertThat(settings.credentials().apiKey()).isEqualTo("file-key");
        assertThat(settings.credentials().secretKey()).isEqualTo("env-secret");
        assertThat(settings.credentials().toString()).doesNotContain("env-secret");
        assertThat(settings.defaultZone()).isEqualTo("zone-1");
        assertThat(settings.deploysPerSecond()).isEqualTo(3);
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.instanceTypes()).containsExactlyInAnyOrderEntriesOf(
                Map.of("t3.micro", "Small Instance", "m5.large", "Medium Instance"));
        assertThat(settings.volumeTypes()).containsExactlyEntriesOf(Map.of("gp3", "Performance"));
    }

    @Test
    void environmentAloneWithAJsonInstanceTypeFile() throws IOException {
        Path types = Files.writeString(dir.resolve("types.json"), """
                {"instanceTypes": {"t3.micro": "Small Instance"}, "volumeTypes": {"io1": "Provisioned IOPS"}}
                """);
        CloudStackSettings settings = CloudStackSettingsLoader.load(null, Map.of(
                "CLOUDSTACK_ENDPOINT", "http://cs:8080/client/api", "CLOUDSTACK_API_KEY", "k",
                "CLOUDSTACK_SECRET_KEY", "s", "CLOUDSTACK_INSTANCE_TYPES_FILE", types.toString()));
        assertThat(settings.instanceTypes()).containsExactlyEntriesOf(Map.of("t3.micro", "Small Instance"));
        assertThat(settings.volumeTypes()).containsExactlyEntriesOf(Map.of("io1", "Provisioned IOPS"));
        assertThat(settings.deploysPerSecond()).isEqualTo(5);
    }

    @Test
    void missingOrMalformedSettingsAreNamed() throws IOException {
        assertThatThrownBy(() -> CloudStackSettingsLoader.load(null, Map.of("CLOUDSTACK_ENDPOINT", "http://cs")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiKey");
        Path file = Files.writeString(dir.resolve("bad.properties"),
                "endpoint=http://cs\napiKey=k\nsecretKey=s\ndeploysPerSecond=many\n");
        assertThatThrownBy(() -> CloudStackSettingsLoader.load(file, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deploysPerSecond");
    }

    @Test
    void vpcSettingsHaveCloudStacksDefaultsAndCanBeChanged() throws IOException {
        Path file = Files.writeString(dir.resolve("vpc.properties"), """
                endpoint=http://cs.example:8080/client/api
                apiKey=k
                secretKey=s
                vpcOffering=Redundant VPC offering
                vpcTierAcl=default_deny
                """);
        assertThat(CloudStackSettingsLoader.load(file, Map.of()).vpc()).isEqualTo(new CloudStackSettings.VpcSettings(
                null, "Redundant VPC offering", "DefaultIsolatedNetworkOfferingForVpcNetworks", "default_deny"));
        assertThat(CloudStackSettingsLoader.load(file, Map.of("CLOUDSTACK_VPC_ZONE", "zone-2",
                "CLOUDSTACK_VPC_TIER_OFFERING", "Tiers")).vpc()).isEqualTo(new CloudStackSettings.VpcSettings(
                "zone-2", "Redundant VPC offering", "Tiers", "default_deny"));
    }
}
