package io.cloudgate.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Mutations of an awsJson body: schema-level ones through {@link TreeMutations}, and textual ones a JSON writer
 * would never produce — deep nesting, huge number literals, duplicate keys, invalid UTF-8 and escapes, documents
 * that are not an object, trailing content.
 */
final class JsonMutations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NOT_AN_OBJECT = List.of("[]", "\"Namespace\"", "1", "null", "true", "{}{}",
            "{} x", "{", "}", "{\"Namespace\":}", "{\"Namespace\" \"a\"}", "{Namespace:\"a\"}", "{'Namespace':'a'}",
            "{\"Namespace\":\"a\",}", "/* c */{}", "{\"Namespace\":\"a\"\u0000}", "\ufeff{}", "{\"a\":NaN}",
            "{\"a\":Infinity}", "{\"a\":-}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":1.}", "{\"a\":+1}", "{\"a\":0x1F}",
            "{\"a\":tru}", " ", "\n\n{}\n\n", "{\"Namespace\":\"\\x41\"}", "{\"Namespace\":\"\\u12\"}",
            "{\"Namespace\":\"\\ud800\"}", "{\"Namespace\":\"\\udc00\\ud800\"}", "{\"Namespace\":\"a\nb\"}");

    private JsonMutations() {
    }

    static ByteMutations.Mutated mutate(byte[] body, Random random) {
        String text = new String(body, StandardCharsets.UTF_8);
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> TreeMutations.mutate(body, JSON, random);
            case 4 -> deepNesting(random);
            case 5 -> hugeNumber(text, random);
            case 6 -> duplicateKey(text, random);
            case 7 -> invalidUtf8(body, random);
            case 8 -> utf16(text, random);
            default -> {
                String document = NOT_AN_OBJECT.get(random.nextInt(NOT_AN_OBJECT.size()));
                yield new ByteMutations.Mutated(FuzzSeeds.utf8(document), "document " + document);
            }
        };
    }

    static ByteMutations.Mutated deepNesting(Random random) {
        return deepNesting(new int[] {100, 1_001, 10_000, 100_000}[random.nextInt(4)], random.nextBoolean());
    }

    /** A member whose value is an array or object nested this deep. */
    static ByteMutations.Mutated deepNesting(int depth, boolean arrays) {
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String document = "{\"MetricName\":\"Latency\",\"Dimensions\":" + open.repeat(depth) + "1" + close.repeat(depth)
                + "}";
        return new ByteMutations.Mutated(FuzzSeeds.utf8(document), (arrays ? "arrays" : "objects") + " nested "
                + depth + " deep");
    }

    private static ByteMutations.Mutated hugeNumber(String text, Random random) {
        String number = new String[] {"1" + "0".repeat(5000), "1e999999999", "-1e-999999999", "1" + "0".repeat(999),
                "123456789012345678901234567890", "-0", "1E400", "4.9E-325"}[random.nextInt(8)];
        String member = new String[] {"StorageResolution", "Value", "Timestamp", "IncludeLinkedAccounts",
                "Namespace"}[random.nextInt(5)];
        String document = text.replaceFirst("\\{", "{\"" + member + "\":" + number + ",");
        return new ByteMutations.Mutated(FuzzSeeds.utf8(document), member + " := "
                + FormMutations.abbreviate(number));
    }

    private static ByteMutations.Mutated duplicateKey(String text, Random random) {
        String duplicate = new String[] {"\"Namespace\":\"Other\"", "\"Namespace\":{}", "\"Dimensions\":[]",
                "\"MetricData\":null", "\"MetricName\":1"}[random.nextInt(5)];
        int close = text.lastIndexOf('}');
        String document = close < 0 ? text + duplicate
                : text.substring(0, close) + "," + duplicate + text.substring(close);
        return new ByteMutations.Mutated(FuzzSeeds.utf8(document), "duplicate key " + duplicate);
    }

    private static ByteMutations.Mutated invalidUtf8(byte[] body, Random random) {
        byte[][] sequences = {{(byte) 0xc3, 0x28}, {(byte) 0xff}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xc0, (byte) 0xaf},
                {(byte) 0xe2, (byte) 0x82}};
        byte[] bad = sequences[random.nextInt(sequences.length)];
        String text = new String(body, StandardCharsets.UTF_8);
        int latency = text.indexOf("Latency");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] prefix = FuzzSeeds.utf8(text.substring(0, latency < 0 ? 0 : latency + 3));
        out.writeBytes(prefix);
        out.writeBytes(bad);
        out.write(body, prefix.length, body.length - prefix.length);
        return new ByteMutations.Mutated(out.toByteArray(), "invalid UTF-8 in a string");
    }

    /** JSON in another Unicode encoding, which some parsers detect and others reject. */
    private static ByteMutations.Mutated utf16(String text, Random random) {
        boolean bigEndian = random.nextBoolean();
        return new ByteMutations.Mutated(text.getBytes(bigEndian ? StandardCharsets.UTF_16BE
                : StandardCharsets.UTF_16LE), bigEndian ? "UTF-16BE body" : "UTF-16LE body");
    }
}
