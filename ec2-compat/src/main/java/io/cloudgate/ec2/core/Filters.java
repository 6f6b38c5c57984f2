package io.cloudgate.ec2.core;

import io.cloudgate.api.AwsException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ec2.model.Filter;

/**
 * EC2's Describe* filters over one resource type. Each filter name maps to the values a resource has for
 * it; a resource matches when, for every filter, one of its values matches one of the filter's values.
 * Values may use the wildcards '*' and '?'. Tag filters (tag:Key, tag-key, tag-value) are built in.
 *
 * @param <T> the resource, with its tags
 */
public final class Filters<T> {
    private final Map<String, Function<T, Collection<String>>> fields;
    private final Function<T, Map<String, String>> tagsOf;

    /**
     * @param fields filter name -> the resource's values for it
     * @param tagsOf the resource's tags
     */
    public Filters(Map<String, Function<T, Collection<String>>> fields, Function<T, Map<String, String>> tagsOf) {
        this.fields = Map.copyOf(fields);
        this.tagsOf = tagsOf;
    }

    /** A test for the request's filters; unknown filter names are refused as AWS refuses them. */
    public Predicate<T> matcher(List<Filter> filters) {
        Predicate<T> all = resource -> true;
        for (Filter filter : filters) {
            String name = filter.name();
            List<Predicate<String>> tests = filter.values().stream().map(Filters::valueTest).toList();
            Function<T, Collection<String>> values = valuesFor(name);
            all = all.and(resource -> anyMatches(values.apply(resource), tests));
        }
        return all;
    }

    /** Loops rather than streams: listings test thousands of resources per request. */
    private static boolean anyMatches(Collection<String> values, List<Predicate<String>> tests) {
        for (String value : values) {
            if (value != null) {
                for (Predicate<String> test : tests) {
                    if (test.test(value)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Function<T, Collection<String>> valuesFor(String name) {
        if (name == null) {
            throw AwsException.badRequest("InvalidParameterValue", "The filter 'null' is invalid");
        }
        if (name.startsWith("tag:")) {
            String key = name.substring(4);
            return resource -> {
                String value = tagsOf.apply(resource).get(key);
                return value == null ? List.of() : List.of(value);
            };
        }
        if (name.equals("tag-key")) {
            return resource -> tagsOf.apply(resource).keySet();
        }
        if (name.equals("tag-value")) {
            return resource -> tagsOf.apply(resource).values();
        }
        Function<T, Collection<String>> field = fields.get(name);
        if (field == null) {
            throw AwsException.badRequest("InvalidParameterValue", "The filter '" + name + "' is invalid");
        }
        return field;
    }

    /** A test for one filter value: plain equality unless it has wildcards (the usual case, and much cheaper). */
    private static Predicate<String> valueTest(String value) {
        if (value.indexOf('*') < 0 && value.indexOf('?') < 0 && value.indexOf('\\') < 0) {
            return value::equals;
        }
        Pattern pattern = wildcard(value);
        return text -> pattern.matcher(text).matches();
    }

    /** EC2 wildcards: '*' any run, '?' one character, backslash escapes; everything else literal. */
    static Pattern wildcard(String value) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                regex.append(Pattern.quote(String.valueOf(value.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
