package io.cloudgate.elb.core;

import io.cloudgate.dns.AuthoritativeDns;
import io.cloudgate.dns.DnsException;
import io.cloudgate.dns.RecordSet;
import io.cloudgate.dns.RecordSetChange;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Balancers' DNS names, served by the product's DNS: one zone {@code <region>.elb.amazonaws.com.} holding an A
 * record per balancer that points at the balancer's loopback address.
 */
public final class BalancerDns {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long TTL = 60;
    private static final String DUALSTACK = "dualstack.";
    /** AWS's hosted zone ids of ELB names per region, as Route 53 alias targets name them (ALB/classic, NLB). */
    private static final Map<String, String[]> HOSTED_ZONES = Map.of(
            "us-east-1", new String[]{"Z35SXDOTRQ7X7K", "Z26RNL4JYFTOTI"},
            "us-east-2", new String[]{"Z3AADJGX6KTTL2", "ZLMOA37VPKANP"},
            "us-west-1", new String[]{"Z368ELLRRE2KJ0", "Z24FKFUX50B4VW"},
            "us-west-2", new String[]{"Z1H1FL5HABSF5", "Z18D5FSROUN65G"},
            "eu-west-1", new String[]{"Z32O12XQLNTSW2", "Z2IFOLAFXWLO4F"},
            "eu-central-1", new String[]{"Z215JYRZR1TBD5", "Z3F0SRJ5LGBH90"});

    private final AuthoritativeDns dns;
    private final String region;

    public BalancerDns(AuthoritativeDns dns, String region) {
        this.dns = dns;
        this.region = region;
    }

    /** The zone balancers' names live in, absolute. */
    public String zoneName() {
        return region + ".elb.amazonaws.com.";
    }

    /** A new DNS name as AWS forms it: {@code [internal-]<name>-<10 digits>.<region>.elb.amazonaws.com}. */
    public String newName(String balancerName, boolean internal) {
        long digits = 1_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 9_000_000_000L;
        return ((internal ? "internal-" : "") + balancerName + "-" + digits + "." + region + ".elb.amazonaws.com")
                .toLowerCase(Locale.ROOT);
    }

    /** AWS's canonical hosted zone id for balancers of this region (network balancers have their own). */
    public String canonicalHostedZoneId(boolean network) {
        String[] ids = HOSTED_ZONES.getOrDefault(region, HOSTED_ZONES.get("us-east-1"));
        return network ? ids[1] : ids[0];
    }

    /** Makes the name resolve to the address; creates the zone on first use. */
    public void publish(String dnsName, String address) {
        ensureZone();
        dns.apply(zoneName(), List.of(new RecordSetChange.Put(RecordSet.of(absolute(dnsName), "A", TTL,
                List.of(address)))));
    }

    /**
     * The A record a balancer's DNS name resolves to now (as an alias target names it: any case, with or without
     * the final dot or a {@code dualstack.} prefix); empty when no balancer has the name.
     */
    public Optional<RecordSet> published(String dnsName) {
        String name = absolute(dnsName.toLowerCase(Locale.ROOT));
        if (name.startsWith(DUALSTACK)) {
            name = name.substring(DUALSTACK.length());
        }
        if (!name.endsWith("." + zoneName())) {
            return Optional.empty();
        }
        String wanted = name;
        try {
            return dns.recordSets(zoneName()).stream()
                    .filter(set -> set.type().equals("A") && absolute(set.name()).equalsIgnoreCase(wanted))
                    .findFirst();
        } catch (DnsException e) {
            if (e.kind() == DnsException.Kind.NO_SUCH_ZONE) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Whether a hosted zone id is one that names this region's balancers (alias targets must use it). */
    public boolean isCanonicalHostedZoneId(String hostedZoneId) {
        return canonicalHostedZoneId(false).equals(hostedZoneId) || canonicalHostedZoneId(true).equals(hostedZoneId);
    }

    public void withdraw(String dnsName) {
        try {
            dns.apply(zoneName(), List.of(new RecordSetChange.Remove(absolute(dnsName), "A")));
        } catch (DnsException e) {
            if (e.kind() != DnsException.Kind.NO_SUCH_ZONE) {
                throw e;
            }
        }
    }

    private void ensureZone() {
        String zone = zoneName();
        if (dns.servedSerial(zone).isPresent()) {
            return;
        }
        String nameServer = "ns-1." + zone;
        try {
            dns.createZone(zone, RecordSet.of(zone, "SOA", 900, List.of(nameServer + " awsdns-hostmaster.amazon.com. "
                    + "1 7200 900 1209600 60")), RecordSet.of(zone, "NS", 172800, List.of(nameServer)));
        } catch (DnsException e) {
            if (e.kind() != DnsException.Kind.ZONE_EXISTS) {
                throw e;
            }
        }
    }

    private static String absolute(String name) {
        return name.endsWith(".") ? name : name + ".";
    }
}
