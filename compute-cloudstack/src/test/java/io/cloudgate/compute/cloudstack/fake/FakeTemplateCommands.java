package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Account;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Snapshot;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Template;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Volume;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Zone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Templates: the listing filters, templates made from volumes or snapshots, deletion and launch permissions. */
final class FakeTemplateCommands {
    private final FakeState state;
    private final FakeRenderCompute render;

    FakeTemplateCommands(FakeState state, FakeRenderCompute render) {
        this.state = state;
        this.render = render;
    }

    void register(Map<String, FakeCommand> commands) {
        commands.put("listTemplates", this::list);
        commands.put("createTemplate", this::create);
        commands.put("deleteTemplate", this::delete);
        commands.put("updateTemplatePermissions", this::permissions);
    }

    /** Whether the account may deploy from the template: public, its own, or shared with it. */
    static boolean launchable(Template template, Account account) {
        return template.isPublic || template.owner == account || template.sharedWith.contains(account.id)
                || account.name.equals("admin");
    }

    private ObjectNode list(FakeRequest r) {
        String filter = r.require("templatefilter");
        Account caller = r.caller();
        Predicate<Template> shown = switch (filter) {
            case "featured" -> t -> t.isPublic && t.featured;
            case "self" -> t -> t.owner == caller;
            case "sharedexecutable" -> t -> t.sharedWith.contains(caller.id);
            case "community" -> t -> t.isPublic && !t.featured;
            case "executable" -> t -> launchable(t, caller);
            case "all" -> t -> caller == state.admin || launchable(t, caller);
            default -> throw new FakeApiError(431, 9999,
                    "No enum constant com.cloud.template.VirtualMachineTemplate.TemplateFilter." + filter);
        };
        String id = r.text("id");
        if (id != null) {
            state.find(state.templates, r, "id");
        }
        List<ObjectNode> items = new ArrayList<>();
        for (Template template : state.templates.values()) {
            if (shown.test(template) && (id == null || template.id.equals(id))) {
                for (Zone zone : state.zones) {
                    if (template.zoneIds.contains(zone.id())
                            && (r.text("zoneid") == null || zone.id().equals(r.text("zoneid")))) {
                        items.add(render.template(template, zone));
                    }
                }
            }
        }
        return r.list("template", items);
    }

    private ObjectNode create(FakeRequest r) {
        r.require("name");
        r.require("displaytext");
        r.require("ostypeid");
        Account caller = r.caller();
        Template template = new Template();
        if (r.text("volumeid") != null) {
            Volume volume = state.find(state.volumes, r, "volumeid");
            FakeState.checkOwner(caller, volume.owner);
            if (volume.vm != null && !volume.vm.state.equals("Stopped")) {
                throw new FakeApiError(530, 4250, "Unable to create private template for volume: Volume {\"uuid\":\""
                        + volume.id + "\"}; volume is attached to a non-stopped VM, please stop the VM first");
            }
            template.size = volume.size;
            template.zoneIds.add(volume.zone.id());
            template.sourceTemplateId = volume.template == null ? null : volume.template.id;
        } else {
            Snapshot snapshot = state.find(state.snapshots, r, "snapshotid");
            FakeState.checkOwner(caller, snapshot.owner);
            template.size = snapshot.size;
            template.zoneIds.add(snapshot.zone.id());
        }
        template.id = FakeState.newId();
        template.name = r.text("name");
        template.displayText = r.text("displaytext");
        template.owner = caller;
        template.isPublic = r.bool("ispublic");
        template.arch = "x86_64";
        template.created = state.now();
        state.templates.put(template.id, template);
        FakeJobs.Job job = state.jobs.submit(caller, "org.apache.cloudstack.api.command.admin.template"
                + ".CreateTemplateCmdByAdmin", "Template", template.id, Duration.ofSeconds(2), FakeJobs.LONG, () -> {
                    template.ready = true;
                    ObjectNode result = FakeRender.JSON.createObjectNode();
                    result.set("template", render.template(template, state.zones.stream()
                            .filter(z -> template.zoneIds.contains(z.id())).findFirst().orElseThrow()));
                    return result;
                });
        return FakeRender.JSON.createObjectNode().put("id", template.id).put("jobid", job.id);
    }

    private ObjectNode delete(FakeRequest r) {
        Template template = owned(r);
        FakeJobs.Job job = state.jobs.submit(r.caller(), "org.apache.cloudstack.api.command.user.template"
                + ".DeleteTemplateCmd", "Template", template.id, Duration.ofSeconds(1), FakeJobs.SHORT, () -> {
                    state.templates.remove(template.id);
                    return FakeRender.JSON.createObjectNode().put("success", true);
                });
        return FakeRender.JSON.createObjectNode().put("jobid", job.id);
    }

    /** ispublic, and launch permissions for accounts of the domain: op add, remove or reset. */
    private ObjectNode permissions(FakeRequest r) {
        Template template = owned(r);
        if (r.text("ispublic") != null) {
            template.isPublic = r.bool("ispublic");
        }
        String op = r.text("op");
        String names = r.text("accounts");
        if (op != null || names != null) {
            List<String> ids = new ArrayList<>();
            if (names != null) {
                for (String name : names.split(",")) {
                    Account account = state.accounts.get(name.trim());
                    if (account == null) {
                        throw FakeApiError.invalid("Unable to find account " + name.trim() + " in domain id="
                                + FakeState.DOMAIN_ID);
                    }
                    ids.add(account.id);
                }
            }
            switch (op == null ? "" : op) {
                case "add" -> template.sharedWith.addAll(ids);
                case "remove" -> ids.forEach(template.sharedWith::remove);
                case "reset" -> template.sharedWith.clear();
                default -> throw FakeApiError.invalid("Invalid operation on accounts, the operation must be either"
                        + " 'add' or 'remove' in order to modify launch permissions.  Given operation is: '" + op
                        + "'");
            }
        }
        return FakeRender.JSON.createObjectNode().put("success", true);
    }

    private Template owned(FakeRequest r) {
        Template template = state.find(state.templates, r, "id");
        if (template.owner == null) {
            throw new FakeApiError(531, 4365, "Acct[" + r.caller().name + "] does not own Tmpl[" + template.id + "]");
        }
        FakeState.checkOwner(r.caller(), template.owner);
        return template;
    }
}
