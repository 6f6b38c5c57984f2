package io.cloudgate.protocol.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An ordered multimap of HTTP headers with case-insensitive (lower-cased) names. */
public final class Headers {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    public Headers add(String name, String value) {
        values.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(value);
        return this;
    }

    public Headers set(String name, String value) {
        List<String> list = new ArrayList<>(1);
        list.add(value);
        values.put(name.toLowerCase(Locale.ROOT), list);
        return this;
    }

    public String first(String name) {
        List<String> list = values.get(name.toLowerCase(Locale.ROOT));
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    public List<String> all(String name) {
        List<String> list = values.get(name.toLowerCase(Locale.ROOT));
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    public boolean contains(String name) {
        return values.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Every header, names lower-cased, in arrival order. */
    public Map<String, List<String>> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
