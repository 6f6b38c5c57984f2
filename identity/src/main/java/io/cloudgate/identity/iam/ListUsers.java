package io.cloudgate.identity.iam;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.store.UserRecord;
import java.util.List;
import software.amazon.awssdk.services.iam.model.ListUsersRequest;
import software.amazon.awssdk.services.iam.model.ListUsersResponse;

/** Users in name order, filtered by path prefix, paged with Marker/MaxItems. */
public final class ListUsers implements Operation<ListUsersRequest, ListUsersResponse> {
    private final Identities identities;

    public ListUsers(Identities identities) {
        this.identities = identities;
    }

    @Override
    public ListUsersResponse handle(ListUsersRequest request, RequestContext context) {
        int maxItems = Validation.range(request.maxItems(), "maxItems", 1, 1000, 100);
        String prefix = request.pathPrefix() == null ? "/" : request.pathPrefix();
        List<UserRecord> matching = identities.users().list(context.principal().accountId()).stream()
                .filter(user -> user.path().startsWith(prefix))
                .toList();
        Page<UserRecord> page = Page.of(matching, UserRecord::userName, request.marker(), maxItems);
        return ListUsersResponse.builder()
                .users(page.items().stream().map(IamUsers::toUser).toList())
                .isTruncated(page.truncated())
                .marker(page.nextMarker())
                .build();
    }
}
