package io.cloudgate.route53.core;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Domain names as Route 53 stores and returns them: lower case, absolute (trailing dot), and every byte other
 * than a-z, 0-9, hyphen and underscore written as a three-digit octal escape ({@code *} is {@code \052}). Input
 * may carry such escapes or the characters themselves, with or without the trailing dot.
 */
public final class DnsNames {
    /** AWS orders names by their labels from the right: com, example, www. */
    public static final Comparator<String> REVERSED_LABELS = DnsNames::compareReversed;

    private DnsNames() {
    }

    /** The canonical form, or a {@link NameProblem} naming what AWS objects to. */
    public static String canonical(String input) {
        if (input == null || input.isEmpty()) {
            throw new NameProblem("DomainNameEmpty (Domain name is empty)", "");
        }
        String text = input.endsWith(".") && !input.endsWith("\\.") ? input.substring(0, input.length() - 1) : input;
        if (text.isEmpty()) {
            return ".";
        }
        StringBuilder out = new StringBuilder();
        int wireLength = 1;
        for (String label : text.split("\\.", -1)) {
            byte[] bytes = decode(label);
            if (bytes.length == 0) {
                throw new NameProblem("DomainLabelEmpty (Domain label is empty)", input);
            }
            if (bytes.length > 63) {
                throw new NameProblem("DomainLabelTooLong (Domain label is too long)", label);
            }
            wireLength += bytes.length + 1;
            for (byte b : bytes) {
                char c = Character.toLowerCase((char) (b & 0xff));
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
                    out.append(c);
                } else {
                    out.append('\\').append(String.format("%03o", b & 0xff));
                }
            }
            out.append('.');
        }
        if (wireLength > 255) {
            throw new NameProblem("DomainNameTooLong (Domain name is too long)", input);
        }
        return out.toString();
    }

    /** Whether {@code name} is {@code zone} or lies below it (both canonical). */
    public static boolean within(String name, String zone) {
        return name.equals(zone) || zone.equals(".") || name.endsWith("." + zone);
    }

    /** DNS presentation format for the DNS port: a leading {@code *} label stays a wildcard, escapes are decimal. */
    public static String presentation(String canonical) {
        if (canonical.equals(".")) {
            return canonical;
        }
        StringBuilder out = new StringBuilder();
        List<String> labels = labels(canonical);
        for (int i = 0; i < labels.size(); i++) {
            byte[] bytes = decode(labels.get(i));
            if (i == 0 && bytes.length == 1 && bytes[0] == '*') {
                out.append("*.");
                continue;
            }
            for (byte b : bytes) {
                int v = b & 0xff;
                char c = (char) v;
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
                    out.append(c);
                } else {
                    out.append('\\').append(String.format("%03d", v));
                }
            }
            out.append('.');
        }
        return out.toString();
    }

    /** Labels left to right, escapes kept. */
    public static List<String> labels(String canonical) {
        List<String> labels = new ArrayList<>();
        if (canonical.equals(".")) {
            return labels;
        }
        for (String label : canonical.substring(0, canonical.length() - 1).split("\\.", -1)) {
            labels.add(label);
        }
        return labels;
    }

    private static int compareReversed(String a, String b) {
        List<String> left = labels(a.toLowerCase(Locale.ROOT));
        List<String> right = labels(b.toLowerCase(Locale.ROOT));
        for (int i = 1; i <= Math.min(left.size(), right.size()); i++) {
            int c = left.get(left.size() - i).compareTo(right.get(right.size() - i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    /** The bytes of a label, with octal escapes ({@code \052}) and escaped characters ({@code \.}) decoded. */
    private static byte[] decode(String label) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '\\' && isOctal(label, i + 1)) {
                out.write(Integer.parseInt(label.substring(i + 1, i + 4), 8));
                i += 3;
            } else if (c == '\\' && i + 1 < label.length()) {
                out.write(label.charAt(++i));
            } else if (c > 0x7e || c < 0x21) {
                throw new NameProblem("DomainNameIllegalCharacter (Domain name contains an illegal character)",
                        label);
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isOctal(String text, int at) {
        if (at + 3 > text.length()) {
            return false;
        }
        for (int i = at; i < at + 3; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '7') {
                return false;
            }
        }
        return true;
    }

    /** A name AWS refuses, with its problem code as AWS's "FATAL problem" messages name it. */
    public static final class NameProblem extends RuntimeException {
        private final String problem;
        private final String offending;

        NameProblem(String problem, String offending) {
            super(problem + " encountered with '" + offending + "'", null, false, false);
            this.problem = problem;
            this.offending = offending;
        }

        public String problem() {
            return problem;
        }

        public String offending() {
            return offending;
        }
    }
}
