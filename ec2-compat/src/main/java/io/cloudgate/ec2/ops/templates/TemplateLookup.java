package io.cloudgate.ec2.ops.templates;

import io.cloudgate.api.AwsException;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.TemplateRecord;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.VersionRecord;
import java.util.regex.Pattern;

/** Finding a template by id or name and a version by number or alias, with AWS's errors for each miss. */
final class TemplateLookup {
    static final String LATEST = "$Latest";
    static final String DEFAULT = "$Default";

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9().\\-/_]{3,128}");

    private TemplateLookup() {
    }

    /** The template named by exactly one of id and name. */
    static TemplateRecord require(LaunchTemplateStore store, String account, String id, String name) {
        if (id == null && name == null) {
            throw AwsException.badRequest("MissingParameter",
                    "The request must contain the parameter LaunchTemplateName or LaunchTemplateId");
        }
        if (id != null && name != null) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "Specify either LaunchTemplateName or LaunchTemplateId, but not both.");
        }
        return id != null ? requireId(store, account, id) : requireName(store, account, name);
    }

    static TemplateRecord requireId(LaunchTemplateStore store, String account, String id) {
        Ec2Ids.requireWellFormed(ResourceKind.LAUNCH_TEMPLATE, id);
        return store.findById(account, id).orElseThrow(() -> ResourceKind.LAUNCH_TEMPLATE.notFound(id));
    }

    static TemplateRecord requireName(LaunchTemplateStore store, String account, String name) {
        return store.findByName(account, name).orElseThrow(() -> AwsException.badRequest(
                "InvalidLaunchTemplateName.NotFoundException",
                "The specified launch template, with template name " + name + ", does not exist."));
    }

    /** The number a version string stands for: a number, $Latest, or $Default (also when null). */
    static long number(TemplateRecord template, String version) {
        if (version == null || version.equals(DEFAULT)) {
            return template.defaultVersion();
        }
        if (version.equals(LATEST)) {
            return template.latestVersion();
        }
        return parseNumber(version);
    }

    static long parseNumber(String version) {
        if (version == null || version.isEmpty() || version.length() > 18
                || !version.chars().allMatch(Character::isDigit)) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "The launch template version '" + version + "' is not valid. Specify a version number, "
                            + LATEST + " or " + DEFAULT + ".");
        }
        return Long.parseLong(version);
    }

    static VersionRecord requireVersion(LaunchTemplateStore store, String account, TemplateRecord template,
                                        String version) {
        long number = number(template, version);
        return store.version(account, template.id(), number).orElseThrow(() -> versionNotFound(template, number));
    }

    static AwsException versionNotFound(TemplateRecord template, long number) {
        return AwsException.badRequest("InvalidLaunchTemplateId.VersionNotFound", "Could not find the specified "
                + "version " + number + " for the launch template with ID " + template.id() + ".");
    }

    /** Refuses names AWS refuses. */
    static String validName(String name) {
        if (name == null) {
            throw AwsException.badRequest("MissingParameter",
                    "The request must contain the parameter LaunchTemplateName");
        }
        if (!NAME.matcher(name).matches()) {
            throw AwsException.badRequest("InvalidLaunchTemplateName.MalformedException",
                    "A launch template name must be between 3 and 128 characters, and may contain letters, numbers, "
                            + "and the following characters: - ( ) . / _.'");
        }
        return name;
    }

    /** Version descriptions are at most 255 characters. */
    static String validDescription(String description) {
        if (description != null && description.length() > 255) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "The version description must be at most 255 characters.");
        }
        return description;
    }
}
