package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Cidr;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.compute.SecurityGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Security groups, one set per network; rules carry backend ids so they can be revoked by id. */
final class EmbeddedSecurityGroups implements SecurityGroups {
    private final ComputeTables tables;
    private final AccountLocks locks;
    private final EmbeddedNetworks networks;
    private final MachineRecords machines;

    EmbeddedSecurityGroups(ComputeTables tables, AccountLocks locks, EmbeddedNetworks networks,
            MachineRecords machines) {
        this.tables = tables;
        this.locks = locks;
        this.networks = networks;
        this.machines = machines;
    }

    @Override
    public List<SecurityGroup> list(String account) {
        networks.ensureProvisioned(account);
        return tables.securityGroups.all(account);
    }

    @Override
    public Optional<SecurityGroup> find(String account, String groupId) {
        networks.ensureProvisioned(account);
        return groupId == null ? Optional.empty() : tables.securityGroups.get(account, groupId);
    }

    SecurityGroup require(String account, String groupId) {
        return find(account, groupId).orElseThrow(() -> ComputeException.notFound("Security group " + groupId));
    }

    /** The default group of a network. */
    SecurityGroup defaultOf(String account, String networkId) {
        return list(account).stream()
                .filter(g -> g.networkId().equals(networkId) && GroupRecords.isDefault(g))
                .findFirst()
                .orElseThrow(() -> ComputeException.notFound("Default security group of network " + networkId));
    }

    @Override
    public SecurityGroup create(String account, String networkId, String name, String description) {
        if (name == null || name.isBlank()) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "A security group needs a name");
        }
        return locks.inAccount(account, () -> {
            networks.require(account, networkId);
            boolean taken = list(account).stream()
                    .anyMatch(g -> g.networkId().equals(networkId) && g.name().equals(name));
            if (taken) {
                throw new ComputeException(Kind.ALREADY_EXISTS,
                        "The security group '" + name + "' already exists in network " + networkId);
            }
            SecurityGroup group = GroupRecords.newGroup(account, networkId, name, description);
            tables.securityGroups.put(account, group.id(), group);
            return group;
        });
    }

    @Override
    public void delete(String account, String groupId) {
        locks.inAccount(account, () -> {
            SecurityGroup group = require(account, groupId);
            if (GroupRecords.isDefault(group)) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "The default security group cannot be deleted");
            }
            if (machines.active(account).stream().anyMatch(m -> m.securityGroupIds().contains(groupId))) {
                throw new ComputeException(Kind.IN_USE, "Security group " + groupId + " is used by machines");
            }
            boolean referenced = list(account).stream()
                    .filter(other -> !other.id().equals(groupId))
                    .flatMap(other -> Stream.concat(other.ingress().stream(), other.egress().stream()))
                    .anyMatch(rule -> groupId.equals(rule.groupId()));
            if (referenced) {
                throw new ComputeException(Kind.IN_USE, "Security group " + groupId
                        + " is referenced by another group");
            }
            tables.securityGroups.delete(account, groupId);
        });
    }

    @Override
    public List<FirewallRule> authorize(String account, String groupId, boolean ingress, List<FirewallRule> rules) {
        return locks.inAccount(account, () -> {
            SecurityGroup group = require(account, groupId);
            List<FirewallRule> existing = new ArrayList<>(ingress ? group.ingress() : group.egress());
            List<FirewallRule> added = new ArrayList<>();
            for (FirewallRule rule : rules) {
                validate(account, rule);
                if (existing.stream().anyMatch(rule::sameTrafficAs)) {
                    throw new ComputeException(Kind.ALREADY_EXISTS, "The specified rule already exists: "
                            + describe(rule));
                }
                FirewallRule stored = new FirewallRule(ComputeTables.newId(), rule.protocol(), rule.fromPort(),
                        rule.toPort(), rule.cidrV4(), rule.cidrV6(), rule.groupId(), rule.description());
                existing.add(stored);
                added.add(stored);
            }
            save(group, ingress, existing);
            return List.copyOf(added);
        });
    }

    @Override
    public void revoke(String account, String groupId, boolean ingress, List<FirewallRule> rules) {
        locks.inAccount(account, () -> {
            SecurityGroup group = require(account, groupId);
            List<FirewallRule> remaining = new ArrayList<>(ingress ? group.ingress() : group.egress());
            for (FirewallRule rule : rules) {
                boolean removed = remaining.removeIf(r -> rule.id() != null ? r.id().equals(rule.id())
                        : r.sameTrafficAs(rule));
                if (!removed) {
                    throw new ComputeException(Kind.NOT_FOUND, "The specified rule does not exist: " + describe(rule));
                }
            }
            save(group, ingress, remaining);
        });
    }

    @Override
    public FirewallRule update(String account, String groupId, boolean ingress, FirewallRule rule) {
        if (rule == null || rule.id() == null) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The rule to change needs its id");
        }
        return locks.inAccount(account, () -> {
            SecurityGroup group = require(account, groupId);
            List<FirewallRule> rules = new ArrayList<>(ingress ? group.ingress() : group.egress());
            int index = rules.stream().map(FirewallRule::id).toList().indexOf(rule.id());
            if (index < 0) {
                throw new ComputeException(Kind.NOT_FOUND, "Rule " + rule.id() + " does not exist in group " + groupId);
            }
            validate(account, rule);
            boolean duplicate = rules.stream()
                    .anyMatch(other -> !other.id().equals(rule.id()) && other.sameTrafficAs(rule));
            if (duplicate) {
                throw new ComputeException(Kind.ALREADY_EXISTS, "The specified rule already exists: " + describe(rule));
            }
            rules.set(index, rule);
            save(group, ingress, rules);
            return rule;
        });
    }

    private void save(SecurityGroup group, boolean ingress, List<FirewallRule> rules) {
        SecurityGroup changed = new SecurityGroup(group.id(), group.owner(), group.networkId(), group.name(),
                group.description(), ingress ? List.copyOf(rules) : group.ingress(),
                ingress ? group.egress() : List.copyOf(rules));
        tables.securityGroups.put(group.owner(), group.id(), changed);
    }

    private void validate(String account, FirewallRule rule) {
        long targets = Stream.of(rule.cidrV4(), rule.cidrV6(), rule.groupId()).filter(Objects::nonNull).count();
        if (targets != 1 || rule.protocol() == null || rule.protocol().isBlank()) {
            throw new ComputeException(Kind.INVALID_ARGUMENT,
                    "A rule needs a protocol and exactly one of an IPv4 CIDR, an IPv6 CIDR or a group");
        }
        if (rule.cidrV4() != null) {
            Cidr.parse(rule.cidrV4());
        }
        if (rule.groupId() != null) {
            require(account, rule.groupId());
        }
    }

    private static String describe(FirewallRule rule) {
        String target = rule.cidrV4() != null ? rule.cidrV4() : rule.cidrV6() != null ? rule.cidrV6() : rule.groupId();
        return "protocol " + rule.protocol() + " ports " + rule.fromPort() + "-" + rule.toPort() + " " + target;
    }
}
