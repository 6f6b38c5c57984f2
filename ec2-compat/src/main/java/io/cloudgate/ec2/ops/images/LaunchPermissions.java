package io.cloudgate.ec2.ops.images;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.Image;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;

/**
 * Who may launch an image besides its owner: everyone (group "all") and/or listed accounts. Organization and
 * organizational unit grants are not supported: the cloud has no organizations.
 */
record LaunchPermissions(boolean isPublic, Set<String> accounts) {
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    static LaunchPermissions of(Image image) {
        return new LaunchPermissions(image.isPublic(), new TreeSet<>(image.launchAccounts()));
    }

    /** The permissions after adding and removing grants; removing one that is not there changes nothing. */
    LaunchPermissions apply(List<LaunchPermission> add, List<LaunchPermission> remove) {
        add.forEach(LaunchPermissions::validate);
        remove.forEach(LaunchPermissions::validate);
        boolean newPublic = isPublic;
        Set<String> newAccounts = new TreeSet<>(accounts);
        for (LaunchPermission grant : remove) {
            if (grant.groupAsString() != null) {
                newPublic = false;
            }
            if (grant.userId() != null) {
                newAccounts.remove(grant.userId());
            }
        }
        for (LaunchPermission grant : add) {
            if (grant.groupAsString() != null) {
                newPublic = true;
            }
            if (grant.userId() != null) {
                newAccounts.add(grant.userId());
            }
        }
        return new LaunchPermissions(newPublic, newAccounts);
    }

    /** As DescribeImageAttribute lists them: the public grant first, then accounts in order. */
    List<LaunchPermission> toSdk() {
        List<LaunchPermission> grants = new ArrayList<>();
        if (isPublic) {
            grants.add(LaunchPermission.builder().group("all").build());
        }
        accounts.stream().sorted(Comparator.naturalOrder())
                .forEach(account -> grants.add(LaunchPermission.builder().userId(account).build()));
        return grants;
    }

    private static void validate(LaunchPermission grant) {
        if (grant.organizationArn() != null || grant.organizationalUnitArn() != null) {
            throw AwsException.badRequest("UnsupportedOperation",
                    "Launch permissions for organizations are not supported by this cloud");
        }
        if (grant.groupAsString() != null && !grant.groupAsString().equals("all")) {
            throw invalidItem(grant.groupAsString(), "group");
        }
        if (grant.userId() != null && !ACCOUNT_ID.matcher(grant.userId()).matches()) {
            throw invalidItem(grant.userId(), "userId");
        }
        if (grant.groupAsString() == null && grant.userId() == null) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "A launch permission needs a group or a userId");
        }
    }

    private static AwsException invalidItem(String value, String itemType) {
        return AwsException.badRequest("InvalidAMIAttributeItemValue",
                "Invalid attribute item value \"" + value + "\" for " + itemType + " item type.");
    }
}
