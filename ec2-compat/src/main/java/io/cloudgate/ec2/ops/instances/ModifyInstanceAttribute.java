package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.MachineType;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.instances.InstanceAttributes.Change;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMappingSpecification;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceAttributeResponse;

/**
 * Changes one attribute. Type, user data, EBS optimization and ENA support change only while the
 * instance is stopped, as on EC2. The whole request is checked before anything changes (DryRun included).
 */
final class ModifyInstanceAttribute implements Operation<ModifyInstanceAttributeRequest, ModifyInstanceAttributeResponse> {
    private final Ec2Context context;
    private final InstanceLookup lookup;
    private final InstanceRecords records;

    ModifyInstanceAttribute(Ec2Context context, InstanceLookup lookup, InstanceRecords records) {
        this.context = context;
        this.lookup = lookup;
        this.records = records;
    }

    @Override
    public ModifyInstanceAttributeResponse handle(ModifyInstanceAttributeRequest request,
                                                  RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.instanceId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter instanceId");
        }
        Change change = InstanceAttributes.changeOf(request);
        InstanceView view = lookup.require(account, request.instanceId());
        Runnable apply = plan(account, change, view);
        DryRun.check(request.dryRun());
        apply.run();
        return ModifyInstanceAttributeResponse.builder().build();
    }

    /** Validates the change completely and returns what makes it. */
    private Runnable plan(String account, Change change, InstanceView view) {
        String machineId = view.machine().id();
        return switch (change.name()) {
            case "instanceType" -> {
                requireStopped(view);
                MachineType type = instanceType(account, required(change), view.machine());
                yield () -> {
                    port(view, () -> context.compute().machines().resize(account, machineId, type.name()));
                    update(account, view, record -> record
                            .withSettings(record.settings().withCpuCredits(credits(record, type)))
                            .withHardware(InstanceRecord.hardwareFor(type.vcpus(), record.hardware().hibernation())));
                };
            }
            case "userData" -> {
                requireStopped(view);
                byte[] userData = LaunchPlanner.checkSize(change.bytes());
                yield () -> port(view, () -> context.compute().machines().setUserData(account, machineId, userData));
            }
            case "disableApiTermination" -> record(account, view, record -> record.withProtection(
                    record.protection().withDisableApiTermination(change.flag())));
            case "disableApiStop" -> record(account, view, record -> record.withProtection(
                    record.protection().withDisableApiStop(change.flag())));
            case "instanceInitiatedShutdownBehavior" -> {
                String behavior = LaunchOptions.shutdownBehavior(required(change));
                yield record(account, view, record -> record.withProtection(
                        record.protection().withShutdownBehavior(behavior)));
            }
            case "sourceDestCheck" -> record(account, view, record -> record.withSettings(
                    record.settings().withSourceDestCheck(change.flag())));
            case "ebsOptimized" -> {
                requireStopped(view);
                yield record(account, view, record -> record.withSettings(
                        record.settings().withEbsOptimized(change.flag())));
            }
            case "enaSupport" -> {
                requireStopped(view);
                yield record(account, view, record -> record.withSettings(
                        record.settings().withEnaSupport(change.flag())));
            }
            case "groupSet" -> {
                List<String> groups = groups(account, change.groups(), view.machine());
                yield () -> port(view, () -> context.compute().machines().setSecurityGroups(account, machineId,
                        groups));
            }
            case "sriovNetSupport" -> {
                if (!"simple".equals(required(change))) {
                    throw AwsException.badRequest("InvalidParameterValue", "Value (" + change.text()
                            + ") for parameter sriovNetSupport is invalid. Valid value is simple.");
                }
                yield () -> { };
            }
            case "blockDeviceMapping" -> {
                List<InstanceBlockDeviceMappingSpecification> devices = mappedDevices(change.devices(), view);
                yield () -> devices.forEach(device -> port(view, () -> context.compute().machines()
                        .setDeleteOnTermination(account, machineId, device.deviceName(),
                                device.ebs().deleteOnTermination())));
            }
            case "kernel", "ramdisk" -> throw AwsException.badRequest("Unsupported",
                    "The requested configuration is currently not supported. Please check the documentation for "
                            + "supported configurations.");
            default -> throw InstanceAttributes.unknown(change.name());
        };
    }

    private Runnable record(String account, InstanceView view, UnaryOperator<InstanceRecord> change) {
        return () -> update(account, view, change);
    }

    private void update(String account, InstanceView view, UnaryOperator<InstanceRecord> change) {
        records.update(account, view.record(), change);
    }

    private static void requireStopped(InstanceView view) {
        if (view.state() != MachineState.STOPPED) {
            throw StateChanges.incorrectState("The instance '" + view.instanceId() + "' is not in the 'stopped' state.");
        }
    }

    private static String required(Change change) {
        if (change.text() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter "
                    + change.name() + ".value");
        }
        return change.text();
    }

    private MachineType instanceType(String account, String name, Machine machine) {
        MachineType type = context.compute().machineTypes().find(name).orElseThrow(() -> AwsException.badRequest(
                "InvalidParameterValue", "Invalid value '" + name + "' for InstanceType."));
        String architecture = context.compute().images().find(account, machine.imageId()).map(Image::architecture)
                .orElse(null);
        if (architecture != null && !type.architectures().contains(architecture)) {
            throw AwsException.badRequest("InvalidParameterValue", "The architecture '"
                    + String.join(",", type.architectures()) + "' of the specified instance type does not match the "
                    + "architecture '" + architecture + "' of the instance's AMI.");
        }
        return type;
    }

    /** Credits carry over between burstable types; they start at the type's default otherwise. */
    private static String credits(InstanceRecord record, MachineType type) {
        if (!type.burstable()) {
            return null;
        }
        String current = record.settings().cpuCredits();
        return current != null ? current : LaunchDefaults.cpuCredits(type.name(), true);
    }

    private List<String> groups(String account, List<String> groupIds, Machine machine) {
        NetworkLookup networks = new NetworkLookup(context);
        return groupIds.stream().distinct().map(groupId -> {
            SecurityGroup group = networks.group(account, groupId);
            if (!group.networkId().equals(machine.networkId())) {
                throw AwsException.badRequest("InvalidGroup.NotFound", "The security group '" + groupId
                        + "' does not exist in VPC '" + networks.vpcId(machine.networkId()) + "'");
            }
            return group.id();
        }).toList();
    }

    /**
     * The devices whose DeleteOnTermination the request sets; every device it names must be mapped on the
     * instance. (No other EBS setting can be changed this way.)
     */
    private static List<InstanceBlockDeviceMappingSpecification> mappedDevices(
            List<InstanceBlockDeviceMappingSpecification> devices, InstanceView view) {
        for (InstanceBlockDeviceMappingSpecification device : devices) {
            boolean mapped = view.machine().disks().stream()
                    .anyMatch(disk -> disk.deviceName().equals(device.deviceName()));
            if (!mapped) {
                throw AwsException.badRequest("InvalidInstanceAttributeValue",
                        "No device is currently mapped at " + device.deviceName());
            }
        }
        return devices.stream()
                .filter(device -> device.ebs() != null && device.ebs().deleteOnTermination() != null)
                .toList();
    }

    private static void port(InstanceView view, Supplier<Machine> call) {
        try {
            call.get();
        } catch (ComputeException e) {
            if (e.kind() == ComputeException.Kind.INVALID_STATE) {
                throw StateChanges.incorrectState("The instance '" + view.instanceId()
                        + "' is not in the 'stopped' state.");
            }
            throw ComputeErrors.toAws(e, ResourceKind.INSTANCE, view.instanceId());
        }
    }
}
