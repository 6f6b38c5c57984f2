package io.cloudgate.cloudwatch.metrics.math;

import io.cloudgate.cloudwatch.metrics.math.MathValue.Scalar;
import io.cloudgate.cloudwatch.metrics.math.MathValue.Series;
import io.cloudgate.cloudwatch.metrics.math.MathValue.SeriesArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;

/**
 * Evaluates metric math. Operators between two series apply at the timestamps both have; aggregate functions
 * over an array of series apply at every timestamp any of them has; SUM/AVG/MIN/MAX of one series is a scalar.
 * Results that are not finite numbers (division by zero) are dropped.
 */
public final class ExpressionEvaluator {
    private final MathContext context;

    public ExpressionEvaluator(MathContext context) {
        this.context = context;
    }

    public MathValue evaluate(Expression expression) {
        return switch (expression) {
            case Expression.Number number -> new Scalar(number.value());
            case Expression.Text text -> throw new ExpressionException("Unexpected string '" + text.value() + "'.");
            case Expression.Reference reference -> context.reference(reference.id());
            case Expression.Unary unary -> unary(unary);
            case Expression.Binary binary -> Combine.apply(evaluate(binary.left()), evaluate(binary.right()),
                    operator(binary.operator()));
            case Expression.Call call -> call(call);
        };
    }

    private MathValue unary(Expression.Unary unary) {
        MathValue operand = evaluate(unary.operand());
        DoubleBinaryOperator operator = unary.operator().equals("-") ? (a, ignored) -> -a
                : (a, ignored) -> a == 0 ? 1 : 0;
        return Combine.apply(operand, new Scalar(0), operator);
    }

    private static DoubleBinaryOperator operator(String symbol) {
        return switch (symbol) {
            case "+" -> Double::sum;
            case "-" -> (a, b) -> a - b;
            case "*" -> (a, b) -> a * b;
            case "/" -> (a, b) -> a / b;
            case "^" -> Math::pow;
            case "<" -> (a, b) -> a < b ? 1 : 0;
            case "<=" -> (a, b) -> a <= b ? 1 : 0;
            case ">" -> (a, b) -> a > b ? 1 : 0;
            case ">=" -> (a, b) -> a >= b ? 1 : 0;
            case "==" -> (a, b) -> a == b ? 1 : 0;
            case "!=" -> (a, b) -> a != b ? 1 : 0;
            case "AND" -> (a, b) -> a != 0 && b != 0 ? 1 : 0;
            case "OR" -> (a, b) -> a != 0 || b != 0 ? 1 : 0;
            default -> throw new ExpressionException("Unsupported operator '" + symbol + "'.");
        };
    }

    private MathValue call(Expression.Call call) {
        List<Expression> arguments = call.arguments();
        return switch (call.function()) {
            case ExpressionParser.ARRAY -> array(arguments);
            case "METRICS" -> metrics(arguments);
            case "SUM", "AVG", "MIN", "MAX" -> Aggregates.apply(call.function(), single(call, arguments));
            case "ABS" -> Combine.apply(single(call, arguments), new Scalar(0), (a, ignored) -> Math.abs(a));
            case "RATE", "DIFF" -> Aggregates.change(call.function(), single(call, arguments));
            case "FILL" -> fill(call, arguments);
            case "IF" -> Conditional.apply(arguments.stream().map(this::evaluate).toList(), context.grid());
            default -> throw new ExpressionException("Unknown function " + call.function() + ".");
        };
    }

    private MathValue single(Expression.Call call, List<Expression> arguments) {
        if (arguments.size() != 1) {
            throw new ExpressionException(call.function() + " takes exactly 1 argument.");
        }
        return evaluate(arguments.getFirst());
    }

    private MathValue array(List<Expression> elements) {
        List<TimeSeries> series = new ArrayList<>();
        for (Expression element : elements) {
            switch (evaluate(element)) {
                case Series one -> series.add(one.series());
                case SeriesArray many -> series.addAll(many.series());
                case Scalar ignored -> throw new ExpressionException("An array may only hold time series.");
            }
        }
        return new SeriesArray(series);
    }

    private MathValue metrics(List<Expression> arguments) {
        if (arguments.isEmpty()) {
            return new SeriesArray(context.metrics(""));
        }
        if (arguments.size() == 1 && arguments.getFirst() instanceof Expression.Text prefix) {
            return new SeriesArray(context.metrics(prefix.value()));
        }
        throw new ExpressionException("METRICS takes no argument or one string.");
    }

    private MathValue fill(Expression.Call call, List<Expression> arguments) {
        if (arguments.size() != 2) {
            throw new ExpressionException("FILL takes exactly 2 arguments.");
        }
        MathValue target = evaluate(arguments.getFirst());
        Expression how = arguments.get(1);
        if (how instanceof Expression.Reference word
                && List.of("REPEAT", "LINEAR").contains(word.id().toUpperCase(Locale.ROOT))) {
            String mode = word.id().toUpperCase(Locale.ROOT);
            return Combine.eachSeries(target, series -> Filling.fill(series, context.grid(), mode, 0));
        }
        if (!(evaluate(how) instanceof Scalar value)) {
            throw new ExpressionException("The second argument of FILL must be a number, REPEAT or LINEAR.");
        }
        return Combine.eachSeries(target, series -> Filling.fill(series, context.grid(), "VALUE", value.value()));
    }

    /** A series holding the scalar at every grid timestamp, for a scalar result. */
    public static TimeSeries constant(String label, double value, List<Long> grid) {
        TreeMap<Long, Double> points = new TreeMap<>();
        grid.forEach(time -> points.put(time, value));
        return new TimeSeries(label, points);
    }
}
