package io.cloudgate.cloudwatch.metrics.math;

import java.util.List;

/** What an expression can see: the other queries' results and the time grid of the request. */
public interface MathContext {
    /** The value of the query with this id; throws {@link ExpressionException} if there is none. */
    MathValue reference(String id);

    /** The metric-stat results of the request whose id starts with the prefix ("" for all), in request order. */
    List<TimeSeries> metrics(String idPrefix);

    /** Every timestamp (epoch seconds) of the request's range at the expression's period, ascending. */
    List<Long> grid();
}
