package io.cloudgate.gateway;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of a restXml body: entity expansion and external entities, unclosed and mismatched tags, deep nesting,
 * wrong-typed element text, unknown and repeated elements, wrong root or namespace, invalid UTF-8 and encodings.
 */
final class XmlMutations {
    private static final Pattern ELEMENT = Pattern.compile("<([A-Za-z]+)>([^<]*)</\\1>");
    static final String BILLION_LAUGHS = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">\
            <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\
            <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\
            <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\
            <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">\
            <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">\
            <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">\
            <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>\
            <ChangeResourceRecordSetsRequest xmlns="https://route53.amazonaws.com/doc/2013-04-01/">\
            <ChangeBatch><Comment>&lol9;</Comment></ChangeBatch></ChangeResourceRecordSetsRequest>""";
    static final String EXTERNAL_ENTITY =
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
    private static final List<String> DOCUMENTS = List.of(BILLION_LAUGHS,
            EXTERNAL_ENTITY,
            "<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"http://127.0.0.1:9/x.dtd\"><r/>",
            "<r>&undefined;</r>", "<r>&#0;</r>", "<r>&#x110000;</r>", "<r>&#xD800;</r>", "<r/><r/>", "<r>", "</r>",
            "<r><a></r></a>", "<p:r/>", "<r a=\"1\" a=\"2\"/>", "<?xml version=\"1.0\"?>", "text", "<!-- only -->",
            " <?xml version=\"1.0\"?><r/>", "<?xml version=\"2.0\"?><r/>", "<r><![CDATA[x]]]></r>", "<r xmlns:p=\"\"/>",
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?><r/>", "<?xml version=\"1.0\" encoding=\"EBCDIC-X\"?><r/>",
            "<r>\u0001</r>", "<\u00e9/>", "<r><?pi data?></r>");

    private XmlMutations() {
    }

    static ByteMutations.Mutated mutate(byte[] body, Random random) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!ELEMENT.matcher(text).find()) {
            return ByteMutations.mutate(body, random);
        }
        return switch (random.nextInt(9)) {
            case 0, 1, 2 -> wrongText(text, random);
            case 3 -> unclosed(text, random);
            case 4 -> deepNesting(random);
            case 5 -> extraElement(text, random);
            case 6 -> envelope(text, random);
            case 7 -> invalidBytes(text, random);
            default -> {
                String document = DOCUMENTS.get(random.nextInt(DOCUMENTS.size()));
                yield new ByteMutations.Mutated(FuzzSeeds.utf8(document), "document "
                        + FormMutations.abbreviate(document));
            }
        };
    }

    private static ByteMutations.Mutated wrongText(String text, Random random) {
        Matcher element = nthElement(text, random);
        String value = new String[] {"abc", "", " 10 ", "-1", "99999999999999999999999", "1e400", "NaN", "true",
                "<x/>", "<x>1</x><y/>", "&lt;&amp;", "&#65;", "<![CDATA[7]]>", "x".repeat(100_000), "0x1F",
                "2024-13-45T99:99:99Z", "<!-- c -->1", "\u202e", "\ud83d\udca9"}[random.nextInt(19)];
        String mutated = text.substring(0, element.start(2)) + value + text.substring(element.end(2));
        return new ByteMutations.Mutated(FuzzSeeds.utf8(mutated), element.group(1) + " := "
                + FormMutations.abbreviate(value));
    }

    private static ByteMutations.Mutated unclosed(String text, Random random) {
        Matcher element = nthElement(text, random);
        String closing = "</" + element.group(1) + ">";
        int at = text.indexOf(closing, element.start());
        String mutated = random.nextBoolean() ? text.substring(0, at) + text.substring(at + closing.length())
                : text.substring(0, at) + "</Other>" + text.substring(at + closing.length());
        return new ByteMutations.Mutated(FuzzSeeds.utf8(mutated), "unclosed " + element.group(1));
    }

    private static ByteMutations.Mutated deepNesting(Random random) {
        return deepNesting(new int[] {63, 100, 10_000, 100_000}[random.nextInt(4)]);
    }

    static ByteMutations.Mutated deepNesting(int depth) {
        String document = "<ChangeResourceRecordSetsRequest xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\">"
                + "<ChangeBatch><Comment>" + "<a>".repeat(depth) + "x" + "</a>".repeat(depth)
                + "</Comment></ChangeBatch></ChangeResourceRecordSetsRequest>";
        return new ByteMutations.Mutated(FuzzSeeds.utf8(document), "elements nested " + depth + " deep");
    }

    private static ByteMutations.Mutated extraElement(String text, Random random) {
        Matcher element = nthElement(text, random);
        String extra = new String[] {element.group(), "<Unknown>1</Unknown>", "<Change/>",
                "<Changes><Change/></Changes>",
                "<ResourceRecordSet/>", "<TTL><TTL>1</TTL></TTL>"}[random.nextInt(6)];
        String mutated = text.substring(0, element.end()) + extra + text.substring(element.end());
        return new ByteMutations.Mutated(FuzzSeeds.utf8(mutated), "after " + element.group(1) + " add " + extra);
    }

    private static ByteMutations.Mutated envelope(String text, Random random) {
        String mutated = switch (random.nextInt(5)) {
            case 0 -> text.replace("ChangeResourceRecordSetsRequest", "CreateHostedZoneRequest");
            case 1 -> text.replace("https://route53.amazonaws.com/doc/2013-04-01/", "urn:other");
            case 2 -> text.replace(" xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"", "");
            case 3 -> text.replace("<Changes>", "").replace("</Changes>", "");
            default -> text.replace("<ChangeBatch>", "<ChangeBatch xsi:nil=\"true\">");
        };
        return new ByteMutations.Mutated(FuzzSeeds.utf8(mutated), "envelope variant");
    }

    private static ByteMutations.Mutated invalidBytes(String text, Random random) {
        byte[] utf8 = FuzzSeeds.utf8(text);
        int at = FuzzSeeds.utf8(text.substring(0, Math.max(0, text.indexOf("fuzz")))).length;
        byte[] bad = random.nextBoolean() ? new byte[] {(byte) 0xc3, 0x28} : new byte[] {(byte) 0xff, (byte) 0xfe};
        byte[] result = new byte[utf8.length + bad.length];
        System.arraycopy(utf8, 0, result, 0, at);
        System.arraycopy(bad, 0, result, at, bad.length);
        System.arraycopy(utf8, at, result, at + bad.length, utf8.length - at);
        return new ByteMutations.Mutated(result, "invalid UTF-8 in Comment");
    }

    /** A random leaf element with text content. */
    private static Matcher nthElement(String text, Random random) {
        List<Matcher> leaves = ELEMENT.matcher(text).results().map(r -> {
            Matcher m = ELEMENT.matcher(text);
            m.find(r.start());
            return m;
        }).toList();
        return leaves.get(random.nextInt(leaves.size()));
    }
}
