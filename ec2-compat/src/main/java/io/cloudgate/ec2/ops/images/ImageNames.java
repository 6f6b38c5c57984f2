package io.cloudgate.ec2.ops.images;

import io.cloudgate.api.AwsException;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.regex.Pattern;

/** AMI names: EC2's character rules, and one name per owner. */
final class ImageNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9()\\[\\] ./\\-'@_]{3,128}");

    private ImageNames() {
    }

    /** A name for a new image: required, well formed, and not yet used by one of the account's images. */
    static String requireNew(String name, String account, ImageDirectory directory) {
        if (name == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter name");
        }
        if (!NAME.matcher(name).matches()) {
            throw AwsException.badRequest("InvalidAMIName.Malformed", "AMI names must be between 3 and 128 characters"
                    + " long, and may contain letters, numbers, '(', ')', '[', ']', ' ', '.', '/', '-', ''', '@' and"
                    + " '_'");
        }
        directory.visibleTo(account).stream()
                .filter(image -> image.ownedBy(account) && name.equals(image.image().name()))
                .findFirst()
                .ifPresent(image -> {
                    throw duplicate(name, image.imageId());
                });
        return name;
    }

    /** A cloud failure while creating an image; a name clash that raced past the check above is still a clash. */
    static AwsException createFailure(ComputeException e, String name, ResourceKind kind, String awsId) {
        if (e.kind() == ComputeException.Kind.ALREADY_EXISTS) {
            return AwsException.badRequest("InvalidAMIName.Duplicate", "AMI name " + name + " is already in use");
        }
        return ComputeErrors.toAws(e, kind, awsId);
    }

    private static AwsException duplicate(String name, String imageId) {
        return AwsException.badRequest("InvalidAMIName.Duplicate",
                "AMI name " + name + " is already in use by AMI " + imageId);
    }
}
