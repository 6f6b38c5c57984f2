package io.cloudgate.protocol.query;

import io.cloudgate.protocol.wire.MalformedRequestException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query parameter names split on '.' into a tree: {@code Filter.1.Value.2=x} becomes
 * Filter -> 1 -> Value -> 2 with value x. Decoding walks the tree by schema instead of re-scanning every key.
 */
final class QueryNode {
    /** Deeper than any AWS input shape nests. */
    static final int MAX_SEGMENTS = 40;

    private final Map<String, QueryNode> children = new LinkedHashMap<>();
    private String value;

    static QueryNode of(Map<String, String> parameters) {
        QueryNode root = new QueryNode();
        parameters.forEach((name, value) -> root.insert(name, value));
        return root;
    }

    private void insert(String name, String parameterValue) {
        QueryNode node = this;
        int start = 0;
        int segments = 0;
        while (true) {
            if (++segments > MAX_SEGMENTS) {
                throw new MalformedRequestException("Parameter name nested too deeply: "
                        + name.substring(0, Math.min(64, name.length())) + "...");
            }
            int dot = name.indexOf('.', start);
            String segment = dot < 0 ? name.substring(start) : name.substring(start, dot);
            node = node.children.computeIfAbsent(segment, s -> new QueryNode());
            if (dot < 0) {
                break;
            }
            start = dot + 1;
        }
        node.value = parameterValue;
    }

    String value() {
        return value;
    }

    QueryNode child(String name) {
        return children.get(name);
    }

    boolean hasChildren() {
        return !children.isEmpty();
    }

    /** Children named by positive integers ("1", "2", "10"), in numeric order; other children are ignored. */
    List<QueryNode> indexed() {
        List<Map.Entry<Integer, QueryNode>> numbered = new ArrayList<>();
        for (Map.Entry<String, QueryNode> child : children.entrySet()) {
            int index = index(child.getKey());
            if (index > 0) {
                numbered.add(Map.entry(index, child.getValue()));
            }
        }
        numbered.sort(Comparator.comparingInt(Map.Entry::getKey));
        List<QueryNode> nodes = new ArrayList<>(numbered.size());
        for (Map.Entry<Integer, QueryNode> entry : numbered) {
            nodes.add(entry.getValue());
        }
        return nodes;
    }

    private static int index(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
