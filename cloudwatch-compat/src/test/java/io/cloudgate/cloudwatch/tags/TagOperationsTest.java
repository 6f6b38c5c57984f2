package io.cloudgate.cloudwatch.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.cloudwatch.model.Tag;
import software.amazon.awssdk.services.cloudwatch.model.TagResourceRequest;
import software.amazon.awssdk.services.cloudwatch.model.UntagResourceRequest;

class TagOperationsTest {
    private static final String ALARM = "arn:aws:cloudwatch:us-east-1:123456789012:alarm:a1";
    private final DocumentStore store = MvStoreDocumentStore.inMemory(Clock.systemUTC());
    private final ResourceTags tags = new ResourceTags(store);
    private final TaggedResources resources = (account, arn) -> arn.equals(ALARM);
    private final RequestContext context = new RequestContext("r", new Principal("123456789012",
            "arn:aws:iam::123456789012:root", "123456789012", "root", "AKID", false), "us-east-1",
            Clock.systemUTC());

    @AfterEach
    void close() {
        store.close();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    @Test
    void tagsAreAddedListedInKeyOrderAndRemoved() {
        new TagResource(tags, resources).handle(TagResourceRequest.builder().resourceARN(ALARM)
                .tags(tag("tag2", "bar"), tag("tag1", "foo")).build(), context);
        assertThat(new ListTagsForResource(tags).handle(ListTagsForResourceRequest.builder().resourceARN(ALARM)
                .build(), context).tags()).containsExactly(tag("tag1", "foo"), tag("tag2", "bar"));

        new UntagResource(tags, resources).handle(UntagResourceRequest.builder().resourceARN(ALARM)
                .tagKeys("tag1").build(), context);
        assertThat(new ListTagsForResource(tags).handle(ListTagsForResourceRequest.builder().resourceARN(ALARM)
                .build(), context).tags()).containsExactly(tag("tag2", "bar"));
    }

    @Test
    void unknownResourcesAndBadArnsAreRefused() {
        AwsException missing = catchThrowableOfType(AwsException.class, () -> new TagResource(tags, resources)
                .handle(TagResourceRequest.builder().resourceARN(ALARM + "x").tags(tag("k", "v")).build(), context));
        assertThat(missing.code()).isEqualTo("ResourceNotFoundException");
        assertThat(missing.status()).isEqualTo(404);
        AwsException invalid = catchThrowableOfType(AwsException.class, () -> new ListTagsForResource(tags)
                .handle(ListTagsForResourceRequest.builder().resourceARN("arn:aws:s3:::bucket").build(), context));
        assertThat(invalid.code()).isEqualTo("InvalidParameterValue");
        assertThat(new ListTagsForResource(tags).handle(ListTagsForResourceRequest.builder()
                .resourceARN(ALARM + "x").build(), context).tags()).isEmpty();
    }
}
