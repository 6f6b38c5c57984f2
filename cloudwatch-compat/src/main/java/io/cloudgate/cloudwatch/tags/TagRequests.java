package io.cloudgate.cloudwatch.tags;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Validation;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudwatch.model.Tag;

/** Checks shared by the tag operations, with CloudWatch's codes. */
public final class TagRequests {
    private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:cloudwatch:[a-z0-9-]*:(\\d{12}):"
            + "(alarm:.+|dashboard/.+)");
    private static final int MAX_TAGS = 50;

    private TagRequests() {
    }

    /** Checks the ARN names an alarm or dashboard of the caller's account. */
    static String resourceArn(String arn, String account) {
        Validation.required(arn, "resourceARN");
        Validation.length(arn, "resourceARN", 1, 1024);
        var matcher = ARN.matcher(arn);
        if (!matcher.matches()) {
            throw AwsException.badRequest("InvalidParameterValue", "Invalid ARN: " + arn);
        }
        if (!matcher.group(1).equals(account)) {
            throw notFound();
        }
        return arn;
    }

    public static void checkTags(List<Tag> tags) {
        if (tags.size() > MAX_TAGS) {
            throw AwsException.validation("1 validation error detected: Value at 'tags' failed to satisfy "
                    + "constraint: Member must have length less than or equal to " + MAX_TAGS);
        }
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            String member = "tags." + (i + 1) + ".member.";
            Validation.required(tag.key(), member + "key");
            Validation.length(tag.key(), member + "key", 1, 128);
            Validation.required(tag.value(), member + "value");
            Validation.length(tag.value(), member + "value", 0, 256);
            if (tag.key().startsWith("aws:")) {
                throw AwsException.badRequest("InvalidParameterValue",
                        "Tag keys starting with 'aws:' are reserved for system use.");
            }
        }
    }

    static AwsException notFound() {
        return AwsException.notFound("ResourceNotFoundException", "The specified resource does not exist.");
    }
}
