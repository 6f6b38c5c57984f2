package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMappingSpecification;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceAttributeRequest;

/**
 * The instance attributes of Describe/ModifyInstanceAttribute. A modify request names exactly one, either
 * as Attribute plus Value or through the attribute's own member; {@link #changeOf} reads whichever it is.
 */
final class InstanceAttributes {
    static final Set<String> NAMES = Set.of("instanceType", "kernel", "ramdisk", "userData",
            "disableApiTermination", "instanceInitiatedShutdownBehavior", "rootDeviceName", "blockDeviceMapping",
            "productCodes", "sourceDestCheck", "groupSet", "ebsOptimized", "sriovNetSupport", "enaSupport",
            "enclaveOptions", "disableApiStop");

    private InstanceAttributes() {
    }

    /**
     * One requested change. Only the member that fits the attribute is set: text for string attributes,
     * flag for booleans, bytes for user data, groups and devices for the list attributes.
     */
    record Change(String name, String text, Boolean flag, byte[] bytes, List<String> groups,
                  List<InstanceBlockDeviceMappingSpecification> devices) {
        static Change text(String name, String value) {
            return new Change(name, value, null, null, List.of(), List.of());
        }

        static Change flag(String name, Boolean value) {
            return new Change(name, null, value, null, List.of(), List.of());
        }
    }

    static void requireKnown(String attribute) {
        if (!NAMES.contains(attribute)) {
            throw unknown(attribute);
        }
    }

    static AwsException unknown(String attribute) {
        return AwsException.badRequest("InvalidParameterValue",
                "Value (" + attribute + ") for parameter attribute is invalid. Unknown attribute.");
    }

    static Change changeOf(ModifyInstanceAttributeRequest request) {
        List<Change> changes = new ArrayList<>();
        if (request.attributeAsString() != null) {
            changes.add(fromAttribute(request.attributeAsString(), request.value()));
        }
        addFlag(changes, "sourceDestCheck", request.sourceDestCheck());
        addFlag(changes, "disableApiStop", request.disableApiStop());
        addFlag(changes, "disableApiTermination", request.disableApiTermination());
        addFlag(changes, "ebsOptimized", request.ebsOptimized());
        addFlag(changes, "enaSupport", request.enaSupport());
        addText(changes, "instanceType", request.instanceType());
        addText(changes, "kernel", request.kernel());
        addText(changes, "ramdisk", request.ramdisk());
        addText(changes, "instanceInitiatedShutdownBehavior", request.instanceInitiatedShutdownBehavior());
        addText(changes, "sriovNetSupport", request.sriovNetSupport());
        if (request.userData() != null) {
            changes.add(new Change("userData", null, null, request.userData().value() == null ? new byte[0]
                    : request.userData().value().asByteArray(), List.of(), List.of()));
        }
        if (!request.groups().isEmpty()) {
            changes.add(new Change("groupSet", null, null, null, request.groups(), List.of()));
        }
        if (!request.blockDeviceMappings().isEmpty()) {
            changes.add(new Change("blockDeviceMapping", null, null, null, List.of(), request.blockDeviceMappings()));
        }
        if (changes.isEmpty()) {
            throw AwsException.badRequest("InvalidParameterCombination", "No attributes specified.");
        }
        if (changes.size() > 1) {
            throw AwsException.badRequest("InvalidParameterCombination", "Fields for multiple attribute types "
                    + "specified: " + String.join(", ", changes.stream().map(Change::name).toList()));
        }
        return changes.getFirst();
    }

    /** The Attribute plus Value form: booleans as "true"/"false", user data base64-encoded. */
    private static Change fromAttribute(String attribute, String value) {
        requireKnown(attribute);
        if (value == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter value");
        }
        return switch (attribute) {
            case "disableApiTermination", "disableApiStop", "sourceDestCheck", "ebsOptimized", "enaSupport" ->
                    Change.flag(attribute, parseBoolean(value));
            case "userData" -> new Change(attribute, null, null, decode(value), List.of(), List.of());
            case "groupSet", "blockDeviceMapping" -> throw AwsException.badRequest("InvalidParameterCombination",
                    "The attribute " + attribute + " cannot be given as a single value.");
            default -> Change.text(attribute, value);
        };
    }

    private static Boolean parseBoolean(String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + value
                    + ") for parameter value is invalid. Expected 'true' or 'false'.");
        }
        return Boolean.parseBoolean(value);
    }

    private static byte[] decode(String base64) {
        byte[] decoded = LaunchPlanner.userData(base64);
        return decoded == null ? new byte[0] : decoded;
    }

    private static void addFlag(List<Change> changes, String name, AttributeBooleanValue value) {
        if (value != null) {
            if (value.value() == null) {
                throw AwsException.badRequest("MissingParameter", "The request must contain the parameter "
                        + name + ".value");
            }
            changes.add(Change.flag(name, value.value()));
        }
    }

    private static void addText(List<Change> changes, String name, AttributeValue value) {
        if (value != null) {
            changes.add(Change.text(name, value.value()));
        }
    }
}
