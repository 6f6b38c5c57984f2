package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The templates a tenant may launch, each with the tenant that owns it: the featured catalog (no owner), its own
 * ({@code self}), those shared with it ({@code sharedexecutable}) and other accounts' public ones
 * ({@code community}). CloudStack lists a template once per zone; each appears here once.
 */
final class VisibleTemplates {
    /** A template and the tenant owning it, null for the cloud's own. */
    record Visible(JsonNode template, String owner) {
    }

    private static final String WHAT = "image";
    private final Backend backend;

    VisibleTemplates(Backend backend) {
        this.backend = backend;
    }

    List<Visible> of(String account) {
        List<Visible> visible = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Source source : sources(account)) {
            for (JsonNode template : source.templates().get()) {
                if (seen.add(Fields.text(template, "id"))) {
                    visible.add(new Visible(template, source.owner().apply(template)));
                }
            }
        }
        return visible;
    }

    /** The template if the account may launch it, asking CloudStack no more than it takes to find it. */
    Optional<Visible> find(String account, String templateId) {
        for (Source source : sources(account)) {
            for (JsonNode template : source.templates().get()) {
                if (templateId.equals(Fields.text(template, "id"))) {
                    return Optional.of(new Visible(template, source.owner().apply(template)));
                }
            }
        }
        return Optional.empty();
    }

    /** One listing of templates and who owns what it lists. */
    private record Source(Supplier<List<JsonNode>> templates, Function<JsonNode, String> owner) {
    }

    private List<Source> sources(String account) {
        Function<JsonNode, String> linkedOwner = template -> backend.links.tenantOf(Fields.text(template, "domainid"),
                Fields.text(template, "account")).orElse(null);
        return List.of(new Source(() -> Backend.guard(WHAT, backend.catalog::templates), template -> null),
                new Source(() -> list(account, "self"), template -> account),
                new Source(() -> list(account, "sharedexecutable"), linkedOwner),
                new Source(() -> list(account, "community"), linkedOwner));
    }

    private List<JsonNode> list(String account, String filter) {
        return backend.list(account, "listTemplates", Map.of("templatefilter", filter), "template", WHAT);
    }
}
