package io.cloudgate.loadbalancer.haproxy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The CSV of {@code show stat}: one row per frontend, backend and server, columns named by the header line. */
record StatTable(List<Row> rows) {

    record Row(Map<String, String> fields) {
        String proxy() {
            return text("pxname");
        }

        String server() {
            return text("svname");
        }

        boolean isFrontend() {
            return "FRONTEND".equals(server());
        }

        boolean isBackend() {
            return "BACKEND".equals(server());
        }

        String text(String column) {
            return fields.getOrDefault(column, "");
        }

        long number(String column) {
            String value = text(column);
            try {
                return value.isEmpty() ? 0 : Long.parseLong(value);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    static StatTable parse(String csv) {
        String[] lines = csv.split("\n");
        if (lines.length == 0 || !lines[0].startsWith("# ")) {
            return new StatTable(List.of());
        }
        String[] columns = lines[0].substring(2).split(",", -1);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] values = lines[i].split(",", -1);
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < Math.min(columns.length, values.length); c++) {
                fields.put(columns[c], values[c]);
            }
            rows.add(new Row(fields));
        }
        return new StatTable(List.copyOf(rows));
    }

    /** The rows of sections that belong to the balancer (see {@link HaproxyNames#balancerOf}). */
    List<Row> ofBalancer(String balancerId) {
        return rows.stream().filter(r -> balancerId.equals(HaproxyNames.balancerOf(r.proxy()))).toList();
    }
}
