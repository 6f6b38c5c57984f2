package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Cidr;
import io.cloudgate.compute.Machine;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A plausible, deterministic serial console boot log of a Linux machine. */
final class ConsoleLog {
    private static final DateTimeFormatter CLOUD_INIT_TIME =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss '+0000'").withZone(ZoneOffset.UTC);

    private ConsoleLog() {
    }

    /** The EC2-style host name of an address: ip-a-b-c-d plus the region's internal domain. */
    static String hostName(String privateAddress, String region) {
        String domain = region.equals("us-east-1") ? "ec2.internal" : region + ".compute.internal";
        return "ip-" + privateAddress.replace('.', '-') + "." + domain;
    }

    static String render(Machine machine, String imageName, String subnetCidr, String region) {
        String host = hostName(machine.privateAddress(), region);
        String shortHost = host.substring(0, host.indexOf('.'));
        String netmask = Cidr.format(Cidr.parse(subnetCidr).mask());
        String started = CLOUD_INIT_TIME.format(machine.launchedAt());
        String finished = CLOUD_INIT_TIME.format(machine.launchedAt().plusSeconds(5));
        return String.join("\n",
                "[    0.000000] Linux version 6.1.72-cloudgate (builder@cloudgate) (gcc 12.2.0) #1 SMP",
                "[    0.000000] Command line: BOOT_IMAGE=/boot/vmlinuz root=LABEL=/ ro console=ttyS0",
                "[    0.004000] DMI: Cloudgate " + machine.machineType() + ", BIOS 1.0",
                "[    1.208000] EXT4-fs (" + diskName(machine.rootDeviceName())
                        + "): mounted filesystem with ordered data mode",
                "[    2.416000] systemd[1]: Set hostname to <" + shortHost + ">.",
                "Cloud-init v. 23.4 running 'init' at " + started + ". Up 3.10 seconds.",
                "ci-info: ++++++++++++++++++++++++++++++++++++++Net device info+++++++++++++++++++++++++++++++++++++++",
                "ci-info: | Device |  Up  |   Address    |     Mask      | Scope  |",
                "ci-info: |  eth0  | True | " + machine.privateAddress() + " | " + netmask + " | global |",
                "ci-info: |   lo   | True |  127.0.0.1   |   255.0.0.0   |  host  |",
                "Cloud-init v. 23.4 running 'modules:final' at " + finished + ". Up 4.80 seconds.",
                "Cloud-init v. 23.4 finished at " + finished + ". Datasource DataSourceEc2Local.  Up 5.00 seconds",
                "",
                imageName + " " + shortHost + " ttyS0",
                "",
                host + " login: ",
                "");
    }

    private static String diskName(String rootDeviceName) {
        String device = rootDeviceName.substring(rootDeviceName.lastIndexOf('/') + 1);
        return device.endsWith("1") ? device : device + "1";
    }
}
