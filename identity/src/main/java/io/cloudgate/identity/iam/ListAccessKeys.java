package io.cloudgate.identity.iam;

import io.cloudgate.api.Operation;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.store.AccessKeyRecord;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.ListAccessKeysRequest;
import software.amazon.awssdk.services.iam.model.ListAccessKeysResponse;

public final class ListAccessKeys implements Operation<ListAccessKeysRequest, ListAccessKeysResponse> {
    private final Identities identities;

    public ListAccessKeys(Identities identities) {
        this.identities = identities;
    }

    @Override
    public ListAccessKeysResponse handle(ListAccessKeysRequest request, RequestContext context) {
        int maxItems = Validation.range(request.maxItems(), "maxItems", 1, 1000, 100);
        Principal caller = context.principal();
        String userName = IamUsers.targetUserName(identities, caller, request.userName());
        var page = Page.of(identities.keys().listFor(caller.accountId(), userName), AccessKeyRecord::accessKeyId,
                request.marker(), maxItems);
        return ListAccessKeysResponse.builder()
                .accessKeyMetadata(page.items().stream()
                        .map(key -> AccessKeyMetadata.builder()
                                .userName(key.userName())
                                .accessKeyId(key.accessKeyId())
                                .status(key.status())
                                .createDate(key.createdAt())
                                .build())
                        .toList())
                .isTruncated(page.truncated())
                .marker(page.nextMarker())
                .build();
    }
}
