package io.cloudgate.cloudwatch.metrics.math;

import java.util.List;

/** A parsed metric math expression. */
public sealed interface Expression {

    /** A number literal. */
    record Number(double value) implements Expression {
    }

    /** A quoted string, only meaningful as a function argument (METRICS('prefix')). */
    record Text(String value) implements Expression {
    }

    /** The id of another query, or a bare word argument such as REPEAT. */
    record Reference(String id) implements Expression {
    }

    /** A function call, the name upper-cased. */
    record Call(String function, List<Expression> arguments) implements Expression {
    }

    /** {@code left op right}; op is one of + - * / ^ < <= > >= == != AND OR. */
    record Binary(String operator, Expression left, Expression right) implements Expression {
    }

    /** {@code -operand} or {@code NOT operand}. */
    record Unary(String operator, Expression operand) implements Expression {
    }
}
