package io.cloudgate.route53.records;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/** Checks record values for their type, with AWS's "Invalid Resource Record" wording. */
public final class RecordData {
    public static final Set<String> TYPES = Set.of("A", "AAAA", "CNAME", "MX", "TXT", "SRV", "CAA", "NS", "SOA",
            "PTR", "SPF");
    private static final Set<String> SINGLE_VALUED = Set.of("CNAME", "SOA");
    /** DNS's limit on one character string; longer TXT data must be split into several strings. */
    private static final int MAX_STRING = 255;

    private RecordData() {
    }

    /** The problems of a record set's values (empty when they are all fine). */
    public static List<String> problems(String type, List<String> values) {
        List<String> problems = new ArrayList<>();
        if (SINGLE_VALUED.contains(type) && values.size() > 1) {
            problems.add(fatal("RRDATATooManyRecords (Too many resource records for this RRSet)", values.get(1)));
        }
        for (String value : values) {
            String problem = problem(type, value == null ? "" : value.trim());
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static String problem(String type, String value) {
        if (value.isEmpty()) {
            return fatal("RRDATAIllegalEmpty (Value is empty)", value);
        }
        switch (type) {
            case "A" -> {
                return isIpv4(value) ? null
                        : fatal("ARRDATAIllegalIPv4Address (Value is not a valid IPv4 address)", value);
            }
            case "AAAA" -> {
                return value.contains(":") && parses(type, value) ? null
                        : fatal("AAAARRDATAIllegalIPv6Address (Value is not a valid IPv6 address)", value);
            }
            case "TXT", "SPF" -> {
                if (longestString(value) > MAX_STRING) {
                    return fatal("CharacterStringTooLong (Value is too long)", value);
                }
                return parses(type, value) ? null : fatal(type + "RRDATAIllegalFormat (Value is not valid for "
                        + type + ")", value);
            }
            default -> {
                return parses(type, value) ? null : fatal(type + "RRDATAIllegalFormat (Value is not valid for "
                        + type + ")", value);
            }
        }
    }

    /**
     * Values as the DNS port serves them: Route 53 takes every domain name in a value as fully qualified, with
     * or without its trailing dot, so names are made absolute ("10 mail.example.com" becomes
     * "10 mail.example.com."). A value that does not parse is passed on as it is.
     */
    public static List<String> served(String type, List<String> values) {
        List<String> served = new ArrayList<>(values.size());
        for (String value : values) {
            try {
                served.add(Record.fromString(Name.root, Type.value(type), DClass.IN, 300, value, Name.root)
                        .rdataToString());
            } catch (IOException | IllegalArgumentException e) {
                served.add(value);
            }
        }
        return served;
    }

    /** The length of the longest character string in a TXT value: quoted or bare, escapes counting as one. */
    private static int longestString(String value) {
        int longest = 0;
        int length = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && Character.isWhitespace(c)) {
                length = 0;
                continue;
            } else if (c == '\\') {
                boolean decimal = i + 3 < value.length() && value.substring(i + 1, i + 4).chars()
                        .allMatch(Character::isDigit);
                i += decimal ? 3 : 1;
                length++;
            } else {
                length++;
            }
            longest = Math.max(longest, length);
            if (c == '"' && !quoted) {
                length = 0;
            }
        }
        return longest;
    }

    private static boolean isIpv4(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean parses(String type, String value) {
        try {
            Record.fromString(Name.root, Type.value(type), DClass.IN, 300, value, Name.root);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String fatal(String problem, String value) {
        return "Invalid Resource Record: 'FATAL problem: " + problem + " encountered with '" + value + "''";
    }
}
