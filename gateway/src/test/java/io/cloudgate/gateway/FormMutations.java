package io.cloudgate.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structure-aware mutations of a query string or form body (awsQuery, ec2Query): values of the wrong type, broken
 * percent escapes, invalid UTF-8, duplicate, unknown and missing parameters, odd list indexes and deep member paths.
 * Work on the encoded text, so that what the mutation produces is exactly what is sent.
 */
final class FormMutations {
    private static final Pattern INDEX = Pattern.compile("\\.(\\d+)(?=\\.|$)");
    private static final String[] ODD_VALUES = {"abc", "-1", "0", "99999999999999999999999999999", "1e400", "-1e400",
            "NaN", "Infinity", "true", "TRUE", "yes", "", "%00", "1.5", "0x10", "2024-13-45T99%3A99%3A99Z",
            "1704164645", "%F0%9F%92%A9", "%C3%28", "%ED%A0%80", "%F8%88%80%80%80", "%C0%AF", "%", "%G1", "%2",
            "%%", "a%2", "%01%02%1F", "%EF%BF%BE", "%E2%80%AE", "<x>&amp;", "%3Cx%3E", "+++", "%2B", "null",
            "[]", "{}", "-0", "1.0E-400", "9223372036854775808", "-9223372036854775809", "2147483648"};
    private static final String[] ODD_INDEXES = {"0", "-1", "01", "99999999", "2147483648", "9999999999999999999",
            "", "1.1", "a", "%31", "1 ", "+1"};

    private FormMutations() {
    }

    static ByteMutations.Mutated mutate(String form, Random random) {
        List<String> pairs = new ArrayList<>(List.of(form.split("&", -1)));
        String label = switch (random.nextInt(12)) {
            case 0, 1 -> oddValue(pairs, random);
            case 2 -> brokenEscape(pairs, random);
            case 3 -> duplicate(pairs, random);
            case 4 -> unknown(pairs, random);
            case 5 -> remove(pairs, random);
            case 6 -> oddIndex(pairs, random);
            case 7 -> deepPath(pairs, random);
            case 8 -> separators(pairs, random);
            case 9 -> wrongShape(pairs, random);
            case 10 -> oddAction(pairs, random);
            default -> manyParameters(pairs, random);
        };
        return new ByteMutations.Mutated(FuzzSeeds.utf8(String.join("&", pairs)), label);
    }

    private static String oddValue(List<String> pairs, Random random) {
        int i = random.nextInt(pairs.size());
        String value = random.nextInt(20) == 0 ? "a".repeat(100_000) : ODD_VALUES[random.nextInt(ODD_VALUES.length)];
        pairs.set(i, key(pairs.get(i)) + "=" + value);
        return "value of " + key(pairs.get(i)) + " := " + abbreviate(value);
    }

    private static String brokenEscape(List<String> pairs, Random random) {
        int i = random.nextInt(pairs.size());
        String pair = pairs.get(i);
        String escape = new String[] {"%", "%Z9", "%4", "%%41", "%u0041", "%C3", "%E2%82"}[random.nextInt(7)];
        int at = random.nextInt(pair.length() + 1);
        pairs.set(i, pair.substring(0, at) + escape + pair.substring(at));
        return "escape " + escape + " in " + pair;
    }

    private static String duplicate(List<String> pairs, Random random) {
        String pair = pairs.get(random.nextInt(pairs.size()));
        String copy = random.nextBoolean() ? pair : key(pair) + "=" + ODD_VALUES[random.nextInt(ODD_VALUES.length)];
        pairs.add(random.nextInt(pairs.size() + 1), copy);
        return "duplicate " + copy;
    }

    private static String unknown(List<String> pairs, Random random) {
        String extra = new String[] {"Foo=bar", "Unknown.member.1=x", "X-Amz-Signature=00", "Action", "=x",
                "Dimensions.member.1.Extra=1", "__proto__=1",
                "MetricData.member.1.Bogus.member.1=z"}[random.nextInt(8)];
        pairs.add(random.nextInt(pairs.size() + 1), extra);
        return "unknown " + extra;
    }

    private static String remove(List<String> pairs, Random random) {
        String removed = pairs.remove(random.nextInt(pairs.size()));
        return "remove " + removed;
    }

    private static String oddIndex(List<String> pairs, Random random) {
        for (int attempt = 0; attempt < pairs.size(); attempt++) {
            int i = random.nextInt(pairs.size());
            Matcher index = INDEX.matcher(key(pairs.get(i)));
            if (index.find()) {
                String odd = ODD_INDEXES[random.nextInt(ODD_INDEXES.length)];
                String pair = pairs.get(i);
                pairs.set(i, pair.substring(0, index.start(1)) + odd + pair.substring(index.end(1)));
                return "index " + index.group(1) + " := " + odd + " in " + key(pair);
            }
        }
        pairs.add("RegionName.99999999=x");
        return "sparse index";
    }

    private static String deepPath(List<String> pairs, Random random) {
        int depth = new int[] {50, 1000, 10_000}[random.nextInt(3)];
        String base = key(pairs.get(random.nextInt(pairs.size())));
        pairs.add(deepParameter(base, depth));
        return "member path " + depth + " deep under " + base;
    }

    static String deepParameter(String base, int depth) {
        return base + ".member.1".repeat(depth) + "=deep";
    }

    private static String separators(List<String> pairs, Random random) {
        switch (random.nextInt(5)) {
            case 0 -> pairs.add(random.nextInt(pairs.size() + 1), "");
            case 1 -> pairs.add("a=b=c");
            case 2 -> pairs.set(0, pairs.get(0) + ";" + pairs.get(pairs.size() - 1));
            case 3 -> pairs.add("==");
            default -> pairs.replaceAll(pair -> pair.replace('=', '&'));
        }
        return "separators";
    }

    /** A structure or list given as a scalar, or a scalar given members. */
    private static String wrongShape(List<String> pairs, Random random) {
        int i = random.nextInt(pairs.size());
        String key = key(pairs.get(i));
        String changed = random.nextBoolean() ? key + ".member.1=x" : key.replaceAll("\\.[^.]*$", "") + "=scalar";
        pairs.set(i, changed);
        return "shape " + key + " -> " + changed;
    }

    private static String oddAction(List<String> pairs, Random random) {
        String value = new String[] {"", "listmetrics", "ListMetrics%00", "..%2F", "DescribeVpcs", "GetUser",
                "ListMetrics%20", "x".repeat(5000), "%C3%28", "Action"}[random.nextInt(10)];
        String target = random.nextBoolean() ? "Action" : "Version";
        pairs.replaceAll(pair -> key(pair).equals(target) ? target + "=" + value : pair);
        return target + " := " + abbreviate(value);
    }

    private static String manyParameters(List<String> pairs, Random random) {
        int count = new int[] {1000, 20_000}[random.nextInt(2)];
        for (int i = 0; i < count; i++) {
            pairs.add("P" + i + "=" + i);
        }
        return count + " extra parameters";
    }

    private static String key(String pair) {
        int eq = pair.indexOf('=');
        return eq < 0 ? pair : pair.substring(0, eq);
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "...(" + text.length() + ")" : text;
    }
}
