package io.cloudgate.compute;

import java.util.List;

/**
 * A size of machine the cloud offers (a CloudStack service offering, an OpenStack flavor), under the
 * AWS-style name it is offered as ("t3.micro").
 */
public record MachineType(String name, int vcpus, int memoryMib, List<String> architectures, boolean burstable) {
}
