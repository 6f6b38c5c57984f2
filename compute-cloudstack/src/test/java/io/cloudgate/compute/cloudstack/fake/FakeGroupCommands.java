package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Account;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Group;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.KeyPair;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Rule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Security groups with their ingress and egress rules, and SSH key pairs. */
final class FakeGroupCommands {
    private static final String CMD = "org.apache.cloudstack.api.command.user.securitygroup.";
    private static final Set<String> KEY_TYPES = Set.of("ssh-rsa", "ssh-dss", "ssh-ed25519", "ecdsa-sha2-nistp256",
            "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521");

    private final FakeState state;

    FakeGroupCommands(FakeState state) {
        this.state = state;
    }

    void register(Map<String, FakeCommand> commands) {
        commands.put("createSecurityGroup", this::create);
        commands.put("listSecurityGroups", this::list);
        commands.put("deleteSecurityGroup", this::delete);
        commands.put("authorizeSecurityGroupIngress", r -> authorize(r, true));
        commands.put("authorizeSecurityGroupEgress", r -> authorize(r, false));
        commands.put("revokeSecurityGroupIngress", r -> revoke(r, true));
        commands.put("revokeSecurityGroupEgress", r -> revoke(r, false));
        commands.put("registerSSHKeyPair", this::register);
        commands.put("listSSHKeyPairs", this::keyPairs);
        commands.put("deleteSSHKeyPair", this::deleteKeyPair);
    }

    private ObjectNode create(FakeRequest r) {
        String name = r.require("name");
        Account caller = r.caller();
        if (state.groups.values().stream().anyMatch(g -> g.owner == caller && g.name.equalsIgnoreCase(name))) {
            throw FakeApiError.invalid("Unable to create security group, a group with name " + name
                    + " already exists.");
        }
        Group group = new Group();
        group.id = FakeState.newId();
        group.name = name;
        group.description = r.text("description");
        group.owner = caller;
        state.groups.put(group.id, group);
        ObjectNode answer = FakeRender.JSON.createObjectNode();
        answer.set("securitygroup", render(group));
        return answer;
    }

    private ObjectNode list(FakeRequest r) {
        String id = r.text("id");
        if (id != null) {
            state.find(state.groups, r, "id");
        }
        return r.list("securitygroup", state.groups.values().stream()
                .filter(g -> g.owner == r.caller() || r.listAll()).filter(g -> id == null || g.id.equals(id))
                .filter(g -> r.text("securitygroupname") == null || g.name.equals(r.text("securitygroupname")))
                .map(this::render).toList());
    }

    private ObjectNode render(Group group) {
        int machines = (int) state.vms.values().stream().filter(vm -> vm.groupIds.contains(group.id)).count();
        return FakeRender.group(group, group.ingress, group.egress, machines, false);
    }

    private ObjectNode delete(FakeRequest r) {
        Group group = state.find(state.groups, r, "id");
        FakeState.checkOwner(r.caller(), group.owner);
        if (group.name.equals("default")) {
            throw FakeApiError.invalid("The network group default is reserved");
        }
        if (state.vms.values().stream().anyMatch(vm -> vm.groupIds.contains(group.id))) {
            throw new FakeApiError(536, 9999, "Cannot delete group when it's in use by virtual machines");
        }
        boolean allowed = state.groups.values().stream().flatMap(g -> java.util.stream.Stream.concat(
                g.ingress.stream(), g.egress.stream())).anyMatch(rule -> group.name.equals(rule.groupName)
                && group.owner.name.equals(rule.groupAccount));
        if (allowed) {
            throw new FakeApiError(536, 9999, "Cannot delete group when there are security rules that allow this"
                    + " group");
        }
        state.groups.remove(group.id);
        return FakeRender.JSON.createObjectNode().put("success", true);
    }

    /** One job adding the rule for every CIDR (or the named group); its result lists the new rules only. */
    private ObjectNode authorize(FakeRequest r, boolean ingress) {
        Group group = state.find(state.groups, r, "securitygroupid");
        FakeState.checkOwner(r.caller(), group.owner);
        List<Rule> rules = new ArrayList<>();
        FakeApiError invalid = null;
        try {
            rules = FakeRules.parse(r);
        } catch (FakeApiError e) {
            invalid = e;
        }
        FakeApiError failure = invalid;
        List<Rule> added = rules;
        String cmd = ingress ? "AuthorizeSecurityGroupIngressCmd" : "AuthorizeSecurityGroupEgressCmd";
        FakeJobs.Job job = state.jobs.submit(r.caller(), CMD + cmd, "SecurityGroup", group.id, Duration.ofSeconds(1),
                FakeJobs.SHORT, () -> {
                    if (failure != null) {
                        throw failure;
                    }
                    List<Rule> existing = ingress ? group.ingress : group.egress;
                    if (added.stream().anyMatch(rule -> existing.stream().anyMatch(rule::sameAs))) {
                        throw new FakeApiError(530, 9999, "Failed to authorize security group "
                                + (ingress ? "ingress" : "egress") + " rule(s)");
                    }
                    existing.addAll(added);
                    ObjectNode result = FakeRender.JSON.createObjectNode();
                    result.set("securitygroup", FakeRender.group(group, ingress ? added : List.of(),
                            ingress ? List.of() : added, 0, true));
                    return result;
                });
        return FakeRender.JSON.createObjectNode().put("jobid", job.id);
    }

    private ObjectNode revoke(FakeRequest r, boolean ingress) {
        String id = r.require("id");
        Group group = state.groups.values().stream()
                .filter(g -> (ingress ? g.ingress : g.egress).stream().anyMatch(rule -> rule.id.equals(id)))
                .findFirst().orElseThrow(() -> FakeApiError.invalidId(r.command(), "id", id));
        FakeState.checkOwner(r.caller(), group.owner);
        String cmd = ingress ? "RevokeSecurityGroupIngressCmd" : "RevokeSecurityGroupEgressCmd";
        FakeJobs.Job job = state.jobs.submit(r.caller(), CMD + cmd, "SecurityGroup", group.id, Duration.ofSeconds(1),
                FakeJobs.SHORT, () -> {
                    (ingress ? group.ingress : group.egress).removeIf(rule -> rule.id.equals(id));
                    return FakeRender.JSON.createObjectNode().put("success", true);
                });
        return FakeRender.JSON.createObjectNode().put("jobid", job.id);
    }

    /** Accepts any key with a known type prefix and a body, as SSHKeysHelper does (errors/030, 031). */
    private ObjectNode register(FakeRequest r) {
        String name = r.require("name");
        String publicKey = r.require("publickey").trim();
        String[] parts = publicKey.split(" ");
        if (parts.length < 2 || !KEY_TYPES.contains(parts[0])) {
            throw FakeApiError.invalid("Public key is invalid");
        }
        Account caller = r.caller();
        if (state.keyPairs.values().stream().anyMatch(k -> k.owner == caller && k.name.equals(name))) {
            throw FakeApiError.invalid("A key pair with name '" + name + "' already exists.");
        }
        KeyPair key = new KeyPair();
        key.id = FakeState.newId();
        key.name = name;
        key.owner = caller;
        key.fingerprint = fingerprint(parts[1]);
        state.keyPairs.put(key.id, key);
        ObjectNode answer = FakeRender.JSON.createObjectNode();
        answer.set("keypair", FakeRender.keyPair(key));
        return answer;
    }

    private static String fingerprint(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.ofDelimiter(":").formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode keyPairs(FakeRequest r) {
        return r.list("sshkeypair", state.keyPairs.values().stream()
                .filter(k -> k.owner == r.caller() || r.listAll())
                .filter(k -> r.text("name") == null || k.name.equals(r.text("name")))
                .map(FakeRender::keyPair).toList());
    }

    private ObjectNode deleteKeyPair(FakeRequest r) {
        String name = r.require("name");
        Account caller = r.caller();
        KeyPair key = state.keyPairs.values().stream().filter(k -> k.owner == caller && k.name.equals(name))
                .findFirst().orElseThrow(() -> FakeApiError.invalid("A key pair with name '" + name
                        + "' does not exist for account " + caller.name + " in specified domain id"));
        state.keyPairs.remove(key.id);
        return FakeRender.JSON.createObjectNode().put("success", true);
    }
}
