package io.cloudgate.gateway;

import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.Random;

/**
 * Mutations of an rpcv2Cbor body: schema-level ones through {@link TreeMutations}, and CBOR items a well-behaved
 * encoder never writes — deep nesting, indefinite-length and truncated items, lengths larger than the body, reserved
 * and simple values, tags on the wrong things, bignums, non-string map keys, invalid UTF-8, stray breaks.
 */
final class CborMutations {
    private static final CBORMapper CBOR = new CBORMapper();
    private static final HexFormat HEX = HexFormat.of();
    /** Single items, in hex, placed as the value of some member. */
    private static final String[] ODD_ITEMS = {
            "7bffffffffffffffff61", "5b7fffffffffffffff00", "9b000000010000000001", "bb000000010000000001",
            "7a7fffffff", "7810616263", "5810010203", "1c", "3e", "5d", "7c", "9d", "be", "dc", "fc", "fd", "fe", "ff",
            "f7", "f0", "f820", "f810", "f97c00", "f97e00", "fa7fc00000", "fb7ff0000000000000",
            "c16a323032342d30312d3032",
            "c06a323032342d30312d3032", "c3490102030405060708090a", "c48221193039", "c4823bffffffffffffffff01",
            "c5822003", "dbffffffffffffffff01", "d9d9f7a0", "1bffffffffffffffff", "3bffffffffffffffff", "62c328",
            "7f4161ff", "7f61c361a9ff", "7f6161", "a201610262", "a2616101ff", "bf6161ff", "a1016178", "a1436162636178",
            "a1816161f6", "a1a0f6", "a1f66178", "a1fb3ff80000000000006178", "c1c1c101", "c1f97e00",
            "c1fb7fefffffffffffff",
            "c13bffffffffffffffff", "c1c249010000000000000000", "60", "40", "80", "a0", "f6", "f4",
            "c2590100" + "ff".repeat(256)};

    private CborMutations() {
    }

    static ByteMutations.Mutated mutate(byte[] body, Random random) {
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> TreeMutations.mutate(body, CBOR, random);
            case 3, 4 -> oddItem(random);
            case 5 -> deepNesting(random);
            case 6 -> wholeDocument(body, random);
            default -> duplicateKey(random);
        };
    }

    private static ByteMutations.Mutated oddItem(Random random) {
        String item = ODD_ITEMS[random.nextInt(ODD_ITEMS.length)];
        String member = new String[] {"Namespace", "Dimensions", "IncludeLinkedAccounts", "MetricData", "NextToken",
                "Timestamp"}[random.nextInt(6)];
        if (member.equals("Timestamp")) {
            return new ByteMutations.Mutated(withMember("MetricData", bytes("81a1" + text("Timestamp") + item)),
                    "MetricData[0].Timestamp := " + item);
        }
        return new ByteMutations.Mutated(withMember(member, bytes(item)), member + " := " + abbreviate(item));
    }

    static ByteMutations.Mutated deepNesting(Random random) {
        int kind = random.nextInt(4);
        int depth = new int[] {100, 1_001, 10_000, 100_000}[random.nextInt(4)];
        return deepNesting(depth, kind);
    }

    /** A member whose value is nested this deep: kind 0 definite arrays, 1 indefinite arrays, 2 maps, 3 tags. */
    static ByteMutations.Mutated deepNesting(int depth, int kind) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        byte[] open = switch (kind) {
            case 0 -> bytes("81");
            case 1 -> bytes("9f");
            case 2 -> bytes("a1" + text("a"));
            default -> bytes("c6");
        };
        for (int i = 0; i < depth; i++) {
            value.writeBytes(open);
        }
        value.write(0x01);
        if (kind == 1) {
            for (int i = 0; i < depth; i++) {
                value.write(0xff);
            }
        }
        String what = new String[] {"arrays", "indefinite arrays", "maps", "tags"}[kind];
        return new ByteMutations.Mutated(withMember("Dimensions", value.toByteArray()), what + " nested " + depth
                + " deep");
    }

    private static ByteMutations.Mutated wholeDocument(byte[] body, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> new ByteMutations.Mutated(concat(body, bytes("00")), "trailing item");
            case 1 -> new ByteMutations.Mutated(concat(body, body), "document twice");
            case 2 -> new ByteMutations.Mutated(concat(bytes("d9d9f7"), body), "self-describe tag prefix");
            case 3 -> new ByteMutations.Mutated(bytes(new String[] {"80", "01", "60", "f6", "ff", "bf", "a1",
                    "bf" + text("Namespace") + "ff"}[random.nextInt(8)]), "not a map");
            case 4 -> new ByteMutations.Mutated(JsonMutations.deepNesting(random).bytes(), "JSON in a CBOR request");
            default -> new ByteMutations.Mutated(bytes("a3" + text("Namespace") + text("a")),
                    "map shorter than its count");
        };
    }

    private static ByteMutations.Mutated duplicateKey(Random random) {
        String second = random.nextBoolean() ? text("b") : "a0";
        return new ByteMutations.Mutated(bytes("a3" + text("MetricName") + text("Latency") + text("Namespace")
                + text("a") + text("Namespace") + second), "duplicate key Namespace");
    }

    /** An indefinite map of MetricName "Latency" and one more member. */
    private static byte[] withMember(String name, byte[] value) {
        return concat(bytes("bf" + text("MetricName") + text("Latency") + text(name)), concat(value, bytes("ff")));
    }

    /** A short definite text string, in hex. */
    private static String text(String value) {
        byte[] utf8 = FuzzSeeds.utf8(value);
        return (utf8.length < 24 ? HEX.toHexDigits((byte) (0x60 + utf8.length))
                : "78" + HEX.toHexDigits((byte) utf8.length)) + HEX.formatHex(utf8);
    }

    private static byte[] bytes(String hex) {
        return HEX.parseHex(hex);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static String abbreviate(String hex) {
        return hex.length() > 40 ? hex.substring(0, 40) + "..." : hex;
    }
}
