package io.cloudgate.sigv4;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A raw query string split into parameters, each kept both decoded (to read the {@code X-Amz-*} values)
 * and in the canonical encoding SigV4 signs.
 */
final class QueryParameters {

    private static final Comparator<Parameter> CANONICAL_ORDER =
            Comparator.comparing(Parameter::canonicalName).thenComparing(Parameter::canonicalValue);

    /** One {@code name=value} pair; a pair without {@code =} has an empty value. */
    record Parameter(String name, String value, String canonicalName, String canonicalValue) {
    }

    private final List<Parameter> parameters;

    private QueryParameters(List<Parameter> parameters) {
        this.parameters = parameters;
    }

    static QueryParameters parse(String rawQuery) {
        List<Parameter> parameters = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (!pair.isEmpty()) {
                parameters.add(parameter(pair));
            }
        }
        return new QueryParameters(parameters);
    }

    /** The first raw (still encoded) value of {@code name} without splitting the whole query. */
    static Optional<String> firstRawValue(String rawQuery, String name) {
        String prefix = name + '=';
        int start = 0;
        while (start < rawQuery.length()) {
            int end = rawQuery.indexOf('&', start);
            if (end < 0) {
                end = rawQuery.length();
            }
            if (rawQuery.startsWith(prefix, start)) {
                return Optional.of(rawQuery.substring(start + prefix.length(), end));
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** The decoded value of the first parameter called {@code name}, or {@code null}. */
    String first(String name) {
        for (Parameter parameter : parameters) {
            if (parameter.name().equals(name)) {
                return parameter.value();
            }
        }
        return null;
    }

    boolean contains(String name) {
        return first(name) != null;
    }

    /**
     * The canonical query string: pairs sorted by encoded name then encoded value, repeated names kept,
     * parameters with an empty name left out (as the AWS SDKs do) and {@code excludedName} left out.
     */
    String canonical(String excludedName) {
        List<Parameter> signed = new ArrayList<>(parameters.size());
        for (Parameter parameter : parameters) {
            if (!parameter.name().isEmpty() && !parameter.name().equals(excludedName)) {
                signed.add(parameter);
            }
        }
        signed.sort(CANONICAL_ORDER);
        StringBuilder out = new StringBuilder(128);
        for (Parameter parameter : signed) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(parameter.canonicalName()).append('=').append(parameter.canonicalValue());
        }
        return out.toString();
    }

    private static Parameter parameter(String pair) {
        int equals = pair.indexOf('=');
        String rawName = equals < 0 ? pair : pair.substring(0, equals);
        String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
        byte[] name = UriEncoding.decode(rawName);
        byte[] value = UriEncoding.decode(rawValue);
        return new Parameter(new String(name, StandardCharsets.UTF_8), new String(value, StandardCharsets.UTF_8),
                UriEncoding.encode(name, false), UriEncoding.encode(value, false));
    }
}
