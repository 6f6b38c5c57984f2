package io.cloudgate.compute.cloudstack.fake;

import io.cloudgate.compute.cloudstack.fake.FakeEntities.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rules of an authorize request, validated as CloudStack validates them inside the job (errors/037..044). */
final class FakeRules {
    private FakeRules() {
    }

    static List<Rule> parse(FakeRequest r) {
        String protocol = r.require("protocol").toLowerCase(Locale.ROOT);
        if (!List.of("tcp", "udp", "icmp", "all").contains(protocol) && !isProtocolNumber(protocol)) {
            throw FakeApiError.invalid("Invalid protocol " + protocol);
        }
        List<Rule> rules = new ArrayList<>();
        String cidrs = r.text("cidrlist");
        String groupName = r.text("usersecuritygrouplist[0].group");
        if (cidrs != null) {
            for (String cidr : cidrs.split(",")) {
                if (!validCidr(cidr.trim())) {
                    throw FakeApiError.invalid("Invalid cidr " + cidr.trim());
                }
                Rule rule = traffic(r, protocol);
                rule.cidr = cidr.trim();
                rules.add(rule);
            }
        }
        if (groupName != null) {
            String account = r.require("usersecuritygrouplist[0].account");
            boolean exists = r.state().groups.values().stream()
                    .anyMatch(g -> g.name.equals(groupName) && g.owner.name.equals(account));
            if (!exists) {
                throw FakeApiError.invalid("Unable to find security group " + groupName + " for account " + account);
            }
            Rule rule = traffic(r, protocol);
            rule.groupName = groupName;
            rule.groupAccount = account;
            rules.add(rule);
        }
        if (rules.isEmpty()) {
            throw FakeApiError.invalid("At least one cidr or at least one security group needs to be specified");
        }
        return rules;
    }

    private static Rule traffic(FakeRequest r, String protocol) {
        Rule rule = new Rule();
        rule.id = FakeState.newId();
        rule.protocol = protocol;
        if (protocol.equals("icmp")) {
            rule.icmpType = r.number("icmptype") == null ? -1 : r.number("icmptype").intValue();
            rule.icmpCode = r.number("icmpcode") == null ? -1 : r.number("icmpcode").intValue();
        } else if (protocol.equals("tcp") || protocol.equals("udp")) {
            Long start = r.number("startport");
            Long end = r.number("endport");
            if (start == null || end == null || start < 0 || end > 65535 || start > end) {
                throw FakeApiError.invalid("Invalid port numbers " + start + ":" + end);
            }
            rule.startPort = start.intValue();
            rule.endPort = end.intValue();
        } else {
            rule.startPort = 0;
            rule.endPort = 0;
        }
        return rule;
    }

    private static boolean isProtocolNumber(String protocol) {
        try {
            int number = Integer.parseInt(protocol);
            return number >= 0 && number <= 255;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean validCidr(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return false;
        }
        if (cidr.contains(":")) {
            return true;
        }
        try {
            int bits = Integer.parseInt(cidr.substring(slash + 1));
            return bits >= 0 && bits <= 32 && FakeState.address(cidr.substring(0, slash)) >= 0
                    && java.util.Arrays.stream(cidr.substring(0, slash).split("\\."))
                    .allMatch(octet -> Integer.parseInt(octet) <= 255);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
