package io.cloudgate.dns.powerdns;

import io.cloudgate.dns.RecordSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record set with several weighted choices, written as one PowerDNS LUA record (content {@code TYPE ";code"})
 * whose code picks a choice per query with {@code pickwrandom} and answers all of its values, and read back.
 *
 * <p>Constraints of PowerDNS 4.x shape the code: it splits LUA code at every {@code "} and passes backslashes
 * through unprocessed, so the code holds neither (those characters of values are written as
 * {@code string.char(n)}); and for TXT and SPF it wraps what the code returns in quotes itself, so the code
 * returns the value without its outer quotes. The record set's TTL is kept in the code's data table because
 * PowerDNS has one TTL for all LUA records of a name. Choices of weight zero are never picked unless all are
 * zero; then all are equally likely.
 */
final class WeightedLuaRecord {

    private static final String DATA_START = ";local d={ttl=";
    private static final String PICK = " local p={} for i,e in ipairs(d.c) do if e[1]>0 then p[#p+1]={e[1],tostring(i)}"
            + " end end if #p==0 then for i in ipairs(d.c) do p[#p+1]={1,tostring(i)} end end"
            + " return d.c[tonumber(pickwrandom(p))][2]";
    private static final Pattern CONTENT = Pattern.compile(
            "([A-Z0-9]+) \"" + Pattern.quote(DATA_START) + "(\\d+),c=(\\{.*})}" + Pattern.quote(PICK) + " ?\"");
    private static final Pattern TOKEN = Pattern.compile(
            "\\[(=+)\\[(.*?)]\\1]|string\\.char\\((\\d+)\\)|(\\d+)|([{},]|\\.\\.)");

    private WeightedLuaRecord() {
    }

    /** The LUA record content serving the set (whose values are canonical presentation data). */
    static String content(RecordSet set) {
        StringBuilder code = new StringBuilder(DATA_START).append(set.ttl()).append(",c={");
        for (int i = 0; i < set.choices().size(); i++) {
            RecordSet.Choice choice = set.choices().get(i);
            code.append(i == 0 ? "" : ",").append('{').append(choice.weight()).append(",{");
            for (int v = 0; v < choice.values().size(); v++) {
                code.append(v == 0 ? "" : ",").append(luaString(served(set.type(), choice.values().get(v))));
            }
            code.append("}}");
        }
        code.append("}}").append(PICK);
        return set.type() + " \"" + code + "\"";
    }

    /** The record set a LUA record content written by {@link #content} serves; empty for any other LUA record. */
    static Optional<RecordSet> parse(String name, String content) {
        Matcher matcher = CONTENT.matcher(content.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String type = matcher.group(1);
        return choices(matcher.group(3), type)
                .map(choices -> new RecordSet(name, type, Long.parseLong(matcher.group(2)), choices));
    }

    /**
     * Reads the choices table {@code {{weight,{value,...}},...}} back; a value is pieces joined by {@code ..}.
     * Depth 1 is inside the table, 2 inside a choice, 3 inside its values.
     */
    private static Optional<List<RecordSet.Choice>> choices(String table, String type) {
        List<RecordSet.Choice> choices = new ArrayList<>();
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int weight = 0;
        int depth = 0;
        Matcher token = TOKEN.matcher(table);
        int at = 0;
        while (at < table.length()) {
            if (!token.region(at, table.length()).lookingAt()) {
                return Optional.empty();
            }
            at = token.end();
            String symbol = token.group(5);
            if (token.group(2) != null) {
                value.append(token.group(2));
            } else if (token.group(3) != null) {
                value.append((char) Integer.parseInt(token.group(3)));
            } else if (token.group(4) != null) {
                weight = Integer.parseInt(token.group(4));
            } else if (symbol.equals("{")) {
                depth++;
            } else if (symbol.equals(",") && depth == 3 || symbol.equals("}") && depth == 3) {
                values.add(stored(type, value.toString()));
                value.setLength(0);
                depth -= symbol.equals("}") ? 1 : 0;
            } else if (symbol.equals("}") && depth == 2) {
                choices.add(new RecordSet.Choice(weight, values));
                values = new ArrayList<>();
                depth--;
            } else if (symbol.equals("}")) {
                depth--;
            }
        }
        return choices.isEmpty() || depth != 0 ? Optional.empty() : Optional.of(choices);
    }

    private static boolean quotedByPowerDns(String type) {
        return type.equals("TXT") || type.equals("SPF");
    }

    private static String served(String type, String value) {
        return quotedByPowerDns(type) && value.length() >= 2 ? value.substring(1, value.length() - 1) : value;
    }

    private static String stored(String type, String served) {
        return quotedByPowerDns(type) ? "\"" + served + "\"" : served;
    }

    /** A Lua string expression of the text using neither quotes nor backslashes. */
    private static String luaString(String text) {
        String level = "=";
        while (text.contains("]" + level + "]")) {
            level += "=";
        }
        List<String> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20 || c > 0x7e) {
                if (!literal.isEmpty()) {
                    parts.add("[" + level + "[" + literal + "]" + level + "]");
                    literal.setLength(0);
                }
                parts.add("string.char(" + (int) c + ")");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty() || parts.isEmpty()) {
            parts.add("[" + level + "[" + literal + "]" + level + "]");
        }
        return String.join("..", parts);
    }
}
