package io.cloudgate.identity.iam;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Principal;
import io.cloudgate.api.Validation;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.store.UserRecord;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;

/** Lookups and conversions the IAM operations share. */
final class IamUsers {
    static final Pattern USER_NAME = Pattern.compile("[\\w+=,.@-]+");

    private IamUsers() {
    }

    static void validateName(String userName) {
        Validation.required(userName, "userName");
        Validation.length(userName, "userName", 1, 64);
        Validation.pattern(userName, "userName", USER_NAME);
    }

    static UserRecord require(Identities identities, String accountId, String userName) {
        validateName(userName);
        return identities.users().find(accountId, userName)
                .orElseThrow(() -> AwsException.notFound("NoSuchEntity",
                        "The user with name " + userName + " cannot be found."));
    }

    /** The user a key operation is about: the named one, else the caller's own user; null means the account root. */
    static String targetUserName(Identities identities, Principal caller, String requested) {
        if (requested != null) {
            return require(identities, caller.accountId(), requested).userName();
        }
        return caller.userName();
    }

    static User toUser(UserRecord record) {
        return User.builder()
                .userName(record.userName())
                .userId(record.userId())
                .arn(record.arn())
                .path(record.path())
                .createDate(record.createdAt())
                .tags(record.tags().entrySet().stream()
                        .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                        .toList())
                .build();
    }
}
