package io.cloudgate.ec2.ops.templates;

import io.cloudgate.api.AwsException;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Launch templates live only in the EC2 layer (the cloud has no such thing). Templates are kept per
 * account; a name index makes names unique per account; versions are kept per template, keyed by their
 * zero-padded number so a scan lists them in order.
 */
final class LaunchTemplateStore {
    /**
     * A template's header; its versions are stored apart.
     *
     * @param lastNumber the highest number ever given to a version; numbers are never reused
     */
    record TemplateRecord(String id, String name, Instant createdAt, String createdBy, long defaultVersion,
                          long latestVersion, long lastNumber) {
        TemplateRecord withVersions(long newDefault, long newLatest, long newLast) {
            return new TemplateRecord(id, name, createdAt, createdBy, newDefault, newLatest, newLast);
        }
    }

    /** One version; data is the request's launch template data as a tree (see {@link TemplateData}). */
    record VersionRecord(String templateId, long number, String description, Instant createdAt, String createdBy,
                         Map<String, Object> data) {
    }

    private record NameEntry(String templateId) {
    }

    private final TypedTable<TemplateRecord> templates;
    private final TypedTable<NameEntry> names;
    private final TypedTable<VersionRecord> versions;

    LaunchTemplateStore(DocumentStore store) {
        this.templates = new TypedTable<>(store.table("ec2-launch-templates"), TemplateRecord.class);
        this.names = new TypedTable<>(store.table("ec2-launch-template-names"), NameEntry.class);
        this.versions = new TypedTable<>(store.table("ec2-launch-template-versions"), VersionRecord.class);
    }

    /** Creates a template with its first version; the name must be free in the account. */
    TemplateRecord create(String account, String name, Instant now, String createdBy, String description,
                          Map<String, Object> data) {
        String id = Ec2Ids.mint(ResourceKind.LAUNCH_TEMPLATE);
        if (!names.putIfAbsent(account, name, new NameEntry(id), null)) {
            throw AwsException.badRequest("InvalidLaunchTemplateName.AlreadyExistsException",
                    "Launch template name already in use.");
        }
        TemplateRecord template = new TemplateRecord(id, name, now, createdBy, 1, 1, 1);
        versions.put(versionPartition(account, id), versionKey(1),
                new VersionRecord(id, 1, description, now, createdBy, data));
        templates.put(account, id, template);
        return template;
    }

    List<TemplateRecord> list(String account) {
        return templates.scan(account, null, Integer.MAX_VALUE);
    }

    Optional<TemplateRecord> findById(String account, String id) {
        return templates.get(account, id);
    }

    Optional<TemplateRecord> findByName(String account, String name) {
        return names.get(account, name).flatMap(entry -> templates.get(account, entry.templateId()));
    }

    List<VersionRecord> versions(String account, String templateId) {
        return versions.scan(versionPartition(account, templateId), null, Integer.MAX_VALUE);
    }

    Optional<VersionRecord> version(String account, String templateId, long number) {
        return versions.get(versionPartition(account, templateId), versionKey(number));
    }

    /** Adds the next version number (numbers of deleted versions are not reused). */
    VersionRecord addVersion(String account, TemplateRecord template, String description, Instant now,
                             String createdBy, Map<String, Object> data) {
        long number = template.lastNumber() + 1;
        VersionRecord version = new VersionRecord(template.id(), number, description, now, createdBy, data);
        while (!versions.putIfAbsent(versionPartition(account, template.id()), versionKey(number), version, null)) {
            number++;
            version = new VersionRecord(template.id(), number, description, now, createdBy, data);
        }
        TemplateRecord current = templates.get(account, template.id()).orElse(template);
        templates.put(account, template.id(), current.withVersions(current.defaultVersion(),
                Math.max(current.latestVersion(), number), Math.max(current.lastNumber(), number)));
        return version;
    }

    TemplateRecord setDefault(String account, TemplateRecord template, long number) {
        TemplateRecord current = templates.get(account, template.id()).orElse(template);
        TemplateRecord updated = current.withVersions(number, current.latestVersion(), current.lastNumber());
        templates.put(account, template.id(), updated);
        return updated;
    }

    /** Deletes one version (never the default); the latest number falls back to the highest left. */
    void deleteVersion(String account, TemplateRecord template, long number) {
        versions.delete(versionPartition(account, template.id()), versionKey(number));
        TemplateRecord current = templates.get(account, template.id()).orElse(template);
        templates.put(account, template.id(), current.withVersions(current.defaultVersion(),
                highestNumber(account, template.id()), current.lastNumber()));
    }

    void delete(String account, TemplateRecord template) {
        for (VersionRecord version : versions(account, template.id())) {
            versions.delete(versionPartition(account, template.id()), versionKey(version.number()));
        }
        templates.delete(account, template.id());
        names.delete(account, template.name());
    }

    private long highestNumber(String account, String templateId) {
        return versions(account, templateId).stream().map(VersionRecord::number).max(Comparator.naturalOrder())
                .orElse(0L);
    }

    private static String versionPartition(String account, String templateId) {
        return account + "/" + templateId;
    }

    private static String versionKey(long number) {
        return String.format("%010d", number);
    }
}
