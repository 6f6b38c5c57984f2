package io.cloudgate.loadbalancer.embedded;

import java.util.ArrayList;
import java.util.List;

/** An ELB success-code list such as "200", "200-299" or "200,302". */
final class SuccessCodes {
    private final List<int[]> ranges;

    private SuccessCodes(List<int[]> ranges) {
        this.ranges = ranges;
    }

    /** @throws IllegalArgumentException when the text is not a list of codes and ranges */
    static SuccessCodes parse(String text) {
        String source = text == null || text.isBlank() ? "200" : text;
        List<int[]> ranges = new ArrayList<>();
        for (String part : source.split(",")) {
            String[] bounds = part.trim().split("-", -1);
            if (bounds.length > 2) {
                throw new IllegalArgumentException("bad success codes: " + text);
            }
            int low = code(bounds[0], text);
            int high = bounds.length == 2 ? code(bounds[1], text) : low;
            if (high < low) {
                throw new IllegalArgumentException("bad success codes: " + text);
            }
            ranges.add(new int[]{low, high});
        }
        return new SuccessCodes(List.copyOf(ranges));
    }

    boolean contains(int status) {
        return ranges.stream().anyMatch(range -> status >= range[0] && status <= range[1]);
    }

    private static int code(String digits, String text) {
        try {
            int code = Integer.parseInt(digits.trim());
            if (code < 100 || code > 599) {
                throw new IllegalArgumentException("bad success codes: " + text);
            }
            return code;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad success codes: " + text, e);
        }
    }
}
