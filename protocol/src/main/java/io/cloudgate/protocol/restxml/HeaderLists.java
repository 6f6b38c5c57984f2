package io.cloudgate.protocol.restxml;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists in a single HTTP header: comma-separated, items quoted when they contain a comma or quote. HTTP dates
 * contain a comma themselves, so a list of them splits on every second comma.
 */
final class HeaderLists {
    private HeaderLists() {
    }

    static List<String> split(String header, boolean httpDates) {
        List<String> raw = splitQuoted(header);
        if (!httpDates) {
            return raw;
        }
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < raw.size(); i += 2) {
            dates.add(i + 1 < raw.size() ? raw.get(i) + ", " + raw.get(i + 1) : raw.get(i));
        }
        return dates;
    }

    static String join(List<String> items) {
        StringBuilder out = new StringBuilder();
        for (String item : items) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            if (item.indexOf(',') >= 0 || item.indexOf('"') >= 0) {
                out.append('"').append(item.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            } else {
                out.append(item);
            }
        }
        return out.toString();
    }

    private static List<String> splitQuoted(String header) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < header.length()) {
                    current.append(header.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"' && current.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                current.setLength(0);
            } else if (c == ',') {
                items.add(wasQuoted ? current.toString() : current.toString().trim());
                current.setLength(0);
                wasQuoted = false;
            } else if (!wasQuoted) {
                current.append(c);
            }
        }
        items.add(wasQuoted ? current.toString() : current.toString().trim());
        return items;
    }
}
