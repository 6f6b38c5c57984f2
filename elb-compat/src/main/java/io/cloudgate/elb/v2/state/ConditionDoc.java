package io.cloudgate.elb.v2.state;

import java.util.List;

/**
 * One rule condition.
 *
 * @param field      path-pattern, host-header, http-header or query-string
 * @param headerName for http-header
 * @param queryPairs for query-string
 */
public record ConditionDoc(String field, List<String> values, String headerName, List<QueryPair> queryPairs) {

    public record QueryPair(String key, String value) {
    }
}
