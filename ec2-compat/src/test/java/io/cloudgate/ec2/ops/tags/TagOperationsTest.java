package io.cloudgate.ec2.ops.tags;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.KeyPair;
import io.cloudgate.compute.Volume;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.CreateTagsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteTagsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeTagsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeTagsResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagDescription;

/** CreateTags, DeleteTags and DescribeTags across resource kinds and accounts. */
class TagOperationsTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final TagTargets targets = new TagTargets(bed.context);
    private String instanceId;
    private String volumeId;
    private String keyPairId;
    private String vpcId;

    @BeforeEach
    void resources() {
        instanceId = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);
        Volume volume = bed.context.compute().volumes().create(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE, 10, "gp3", null,
                null, null);
        volumeId = bed.context.ids().toAws(ResourceKind.VOLUME, volume.id());
        KeyPair key = bed.context.compute().keyPairs().register(Ec2Testbed.ACCOUNT, "ops", "ssh-ed25519 AAAA");
        keyPairId = bed.context.ids().toAws(ResourceKind.KEY_PAIR, key.id());
        vpcId = bed.context.ids().toAws(ResourceKind.VPC,
                bed.context.compute().networks().defaultNetwork(Ec2Testbed.ACCOUNT).id());
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void tagsOnSeveralKindsAreDescribedAndFiltered() {
        create(bed.tenant(), request -> request.resources(instanceId, volumeId, keyPairId, vpcId)
                .tags(tag("Env", "prod"), tag("Owner", "ops")));
        create(bed.tenant(), request -> request.resources(volumeId).tags(tag("Env", "test"), tag("Backup", null)));

        List<TagDescription> all = describe(bed.tenant(), request -> { }).tags();
        assertThat(all).hasSize(9);
        assertThat(all).filteredOn(row -> row.resourceId().equals(volumeId))
                .extracting(row -> row.key() + "=" + row.value() + "@" + row.resourceTypeAsString())
                .containsExactly("Backup=@volume", "Env=test@volume", "Owner=ops@volume");
        assertThat(rows(request -> request.filters(filter("resource-type", "instance", "key-pair"))))
                .containsExactlyInAnyOrder(instanceId + ":Env=prod", instanceId + ":Owner=ops",
                        keyPairId + ":Env=prod", keyPairId + ":Owner=ops");
        assertThat(rows(request -> request.filters(filter("key", "Env"), filter("value", "p*"))))
                .containsExactlyInAnyOrder(instanceId + ":Env=prod", keyPairId + ":Env=prod", vpcId + ":Env=prod");
        assertThat(rows(request -> request.filters(filter("resource-id", vpcId), filter("key", "Owner"))))
                .containsExactly(vpcId + ":Owner=ops");
        assertThat(rows(request -> request.filters(filter("tag:Env", "test"), filter("key", "Owner"))))
                .containsExactly(volumeId + ":Owner=ops");
        assertThat(describe(bed.other(), request -> { }).tags()).isEmpty();
    }

    @Test
    void pagesWalkEveryTagOnce() {
        for (int i = 0; i < 12; i++) {
            String key = "k" + i;
            create(bed.tenant(), request -> request.resources(instanceId, volumeId).tags(tag(key, "v")));
        }

        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            DescribeTagsResponse page = describe(bed.tenant(), request -> request.maxResults(5).nextToken(next));
            assertThat(page.tags().size()).isLessThanOrEqualTo(5);
            page.tags().forEach(row -> seen.add(row.resourceId() + ":" + row.key()));
            token = page.nextToken();
        } while (token != null);

        assertThat(seen).hasSize(24).doesNotHaveDuplicates();
        errorCode(() -> describe(bed.tenant(), request -> request.maxResults(4)), "InvalidParameterValue");
    }

    @Test
    void deleteByKeyByKeyAndValueOrEverything() {
        create(bed.tenant(), request -> request.resources(instanceId).tags(tag("a", "1"), tag("b", "2"), tag("c", "3")));
        create(bed.tenant(), request -> request.resources(volumeId).tags(tag("a", "1")));

        delete(bed.tenant(), request -> request.resources(instanceId).tags(Tag.builder().key("a").build(),
                tag("b", "other"), tag("c", "3")));
        assertThat(rows(request -> request.filters(filter("resource-id", instanceId))))
                .containsExactly(instanceId + ":b=2");
        delete(bed.tenant(), request -> request.resources(instanceId, volumeId));
        assertThat(describe(bed.tenant(), request -> { }).tags()).isEmpty();
    }

    @Test
    void resourcesMustExistInTheCallersAccount() {
        assertThat(errorCode(() -> create(bed.other(), request -> request.resources(instanceId).tags(tag("x", "y"))),
                "InvalidInstanceID.NotFound")).isEqualTo("The instance ID '" + instanceId + "' does not exist");
        errorCode(() -> create(bed.other(), request -> request.resources(volumeId).tags(tag("x", "y"))),
                "InvalidVolume.NotFound");
        errorCode(() -> delete(bed.other(), request -> request.resources(keyPairId)), "InvalidKeyPair.NotFound");
        errorCode(() -> create(bed.tenant(), request -> request.resources(instanceId, "vol-0123456789abcdef0")
                .tags(tag("x", "y"))), "InvalidVolume.NotFound");
        assertThat(bed.context.tags().of(Ec2Testbed.ACCOUNT, instanceId)).isEmpty();
        assertThat(errorCode(() -> create(bed.tenant(), request -> request.resources("banana").tags(tag("x", "y"))),
                "InvalidID")).isEqualTo("The ID 'banana' is not valid");
        errorCode(() -> create(bed.tenant(), request -> request.resources("i-123").tags(tag("x", "y"))), "InvalidID");
        errorCode(() -> create(bed.tenant(), request -> request.tags(tag("x", "y"))), "MissingParameter");
        errorCode(() -> create(bed.tenant(), request -> request.resources(instanceId)), "MissingParameter");
        errorCode(() -> create(bed.tenant(), request -> request.resources(instanceId).tags(tag("aws:name", "x"))),
                "InvalidParameterValue");
        errorCode(() -> create(bed.tenant(), request -> request.resources(instanceId).tags(tag("x", "y"))
                .dryRun(true)), "DryRunOperation");
        assertThat(bed.context.tags().of(Ec2Testbed.ACCOUNT, instanceId)).isEmpty();
    }

    @Test
    void ec2OnlyKindsAreCheckedByTheCheckTheirAreaRegistered() {
        String template = "lt-0123456789abcdef0";
        bed.context.tags().registerExistence(ResourceKind.LAUNCH_TEMPLATE,
                (account, id) -> account.equals(Ec2Testbed.ACCOUNT) && id.equals(template));

        targets.requireExists(Ec2Testbed.ACCOUNT, template);
        errorCode(() -> targets.requireExists(Ec2Testbed.OTHER_ACCOUNT, template), "InvalidLaunchTemplateId.NotFound");
        errorCode(() -> targets.requireExists(Ec2Testbed.ACCOUNT, "lt-0123456789abcdef1"),
                "InvalidLaunchTemplateId.NotFound");
    }

    private void create(RequestContext as, Consumer<CreateTagsRequest.Builder> request) {
        CreateTagsRequest.Builder builder = CreateTagsRequest.builder();
        request.accept(builder);
        new CreateTags(bed.context, targets).handle(builder.build(), as);
    }

    private void delete(RequestContext as, Consumer<DeleteTagsRequest.Builder> request) {
        DeleteTagsRequest.Builder builder = DeleteTagsRequest.builder();
        request.accept(builder);
        new DeleteTags(bed.context, targets).handle(builder.build(), as);
    }

    private DescribeTagsResponse describe(RequestContext as, Consumer<DescribeTagsRequest.Builder> request) {
        DescribeTagsRequest.Builder builder = DescribeTagsRequest.builder();
        request.accept(builder);
        return new DescribeTags(bed.context).handle(builder.build(), as);
    }

    private List<String> rows(Consumer<DescribeTagsRequest.Builder> request) {
        return describe(bed.tenant(), request).tags().stream()
                .map(row -> row.resourceId() + ":" + row.key() + "=" + row.value()).toList();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }
}
