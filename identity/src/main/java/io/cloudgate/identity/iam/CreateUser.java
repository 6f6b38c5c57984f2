package io.cloudgate.identity.iam;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.store.Ids;
import io.cloudgate.identity.store.UserRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.iam.model.CreateUserRequest;
import software.amazon.awssdk.services.iam.model.CreateUserResponse;
import software.amazon.awssdk.services.iam.model.Tag;

public final class CreateUser implements Operation<CreateUserRequest, CreateUserResponse> {
    private static final Pattern PATH = Pattern.compile("(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");

    private final Identities identities;

    public CreateUser(Identities identities) {
        this.identities = identities;
    }

    @Override
    public CreateUserResponse handle(CreateUserRequest request, RequestContext context) {
        IamUsers.validateName(request.userName());
        String path = request.path() == null ? "/" : request.path();
        Validation.length(path, "path", 1, 512);
        Validation.pattern(path, "path", PATH);
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tag tag : request.tags()) {
            tags.put(Validation.required(tag.key(), "tags.member.key"), tag.value() == null ? "" : tag.value());
        }
        UserRecord user = new UserRecord(context.principal().accountId(), request.userName(), Ids.prefixed("AIDA"),
                path, context.clock().instant(), tags);
        if (!identities.users().create(user)) {
            throw AwsException.conflict("EntityAlreadyExists", "User with name " + request.userName()
                    + " already exists.");
        }
        return CreateUserResponse.builder().user(IamUsers.toUser(user)).build();
    }
}
