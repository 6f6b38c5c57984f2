package io.cloudgate.cloudwatch.dashboards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.api.AwsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a dashboard body against the structure CloudWatch documents: an object with a {@code widgets}
 * array; each widget an object with a known {@code type}, in-range position and size, and {@code properties}
 * (text widgets need {@code markdown}, metric widgets {@code metrics} or an expression). Problems are
 * reported as AWS does: InvalidParameterInput with the list of data paths and messages.
 */
final class DashboardBodyValidator {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("metric", "text", "log", "alarm", "explorer", "custom");
    private static final Set<String> ROOT_FIELDS = Set.of("widgets", "start", "end", "periodOverride", "variables");

    private DashboardBodyValidator() {
    }

    /** One finding, as in DashboardValidationMessages. */
    record Finding(String dataPath, String message) {
    }

    static void validate(String body) {
        List<Finding> errors = findings(body);
        if (!errors.isEmpty()) {
            throw AwsException.badRequest("InvalidParameterInput", render(errors));
        }
    }

    static List<Finding> findings(String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return List.of(new Finding("", "Invalid JSON: the dashboard body must be a JSON object"));
        }
        List<Finding> errors = new ArrayList<>();
        if (root == null || !root.isObject()) {
            errors.add(new Finding("", "Should be object"));
            return errors;
        }
        root.fieldNames().forEachRemaining(field -> {
            if (!ROOT_FIELDS.contains(field)) {
                errors.add(new Finding("", "Should NOT have additional properties: '" + field + "'"));
            }
        });
        JsonNode widgets = root.get("widgets");
        if (widgets == null) {
            errors.add(new Finding("", "Should have required property 'widgets'"));
        } else if (!widgets.isArray()) {
            errors.add(new Finding("/widgets", "Should be array"));
        } else {
            ArrayNode array = (ArrayNode) widgets;
            for (int i = 0; i < array.size(); i++) {
                widget(array.get(i), "/widgets/" + i, errors);
            }
        }
        return errors;
    }

    private static void widget(JsonNode widget, String path, List<Finding> errors) {
        if (!widget.isObject()) {
            errors.add(new Finding(path, "Should be object"));
            return;
        }
        JsonNode type = widget.get("type");
        if (type == null) {
            errors.add(new Finding(path, "Should have required property 'type'"));
        } else if (!type.isTextual() || !TYPES.contains(type.asText())) {
            errors.add(new Finding(path + "/type", "Should be equal to one of the allowed values "
                    + TYPES.stream().sorted().toList()));
        }
        integer(widget, "x", 0, 23, path, errors);
        integer(widget, "y", 0, Integer.MAX_VALUE, path, errors);
        integer(widget, "width", 1, 24, path, errors);
        integer(widget, "height", 1, 1000, path, errors);
        JsonNode properties = widget.get("properties");
        if (properties == null) {
            errors.add(new Finding(path, "Should have required property 'properties'"));
            return;
        }
        if (!properties.isObject()) {
            errors.add(new Finding(path + "/properties", "Should be object"));
            return;
        }
        if (type != null && "text".equals(type.asText()) && !properties.has("markdown")) {
            errors.add(new Finding(path + "/properties", "Should have required property 'markdown'"));
        }
        if (type != null && "metric".equals(type.asText())) {
            metricProperties((ObjectNode) properties, path + "/properties", errors);
        }
    }

    private static void metricProperties(ObjectNode properties, String path, List<Finding> errors) {
        JsonNode metrics = properties.get("metrics");
        if (metrics == null) {
            if (!properties.has("annotations") && !properties.has("alarms")) {
                errors.add(new Finding(path, "Should have required property 'metrics'"));
            }
            return;
        }
        if (!metrics.isArray()) {
            errors.add(new Finding(path + "/metrics", "Should be array"));
            return;
        }
        for (int i = 0; i < metrics.size(); i++) {
            if (!metrics.get(i).isArray()) {
                errors.add(new Finding(path + "/metrics/" + i, "Should be array"));
            }
        }
    }

    private static void integer(JsonNode widget, String field, int min, int max, String path,
                                List<Finding> errors) {
        JsonNode value = widget.get(field);
        if (value == null) {
            return;
        }
        if (!value.isIntegralNumber()) {
            errors.add(new Finding(path + "/" + field, "Should be integer"));
        } else if (value.asLong() < min) {
            errors.add(new Finding(path + "/" + field, "Should be >= " + min));
        } else if (value.asLong() > max) {
            errors.add(new Finding(path + "/" + field, "Should be <= " + max));
        }
    }

    /** AWS's wording: a count, then the findings as a JSON array. */
    static String render(List<Finding> errors) {
        ArrayNode array = MAPPER.createArrayNode();
        errors.forEach(finding -> array.addObject().put("dataPath", finding.dataPath())
                .put("message", finding.message()));
        return "The dashboard body is invalid, there " + (errors.size() == 1 ? "is 1 validation error" : "are "
                + errors.size() + " validation errors") + ":\n" + array.toPrettyString();
    }
}
