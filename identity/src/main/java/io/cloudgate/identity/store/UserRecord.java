package io.cloudgate.identity.store;

import java.time.Instant;
import java.util.Map;

public record UserRecord(String accountId, String userName, String userId, String path, Instant createdAt,
                         Map<String, String> tags) {
    public String arn() {
        return "arn:aws:iam::" + accountId + ":user" + path + userName;
    }
}
