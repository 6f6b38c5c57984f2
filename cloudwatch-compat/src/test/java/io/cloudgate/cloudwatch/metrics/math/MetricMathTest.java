package io.cloudgate.cloudwatch.metrics.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MetricMathTest {
    private static final List<Long> GRID = List.of(0L, 60L, 120L, 180L);
    private final Map<String, MathValue> queries = new LinkedHashMap<>();

    private final MathContext context = new MathContext() {
        @Override
        public MathValue reference(String id) {
            MathValue value = queries.get(id);
            if (value == null) {
                throw new ExpressionException("Unrecognized id '" + id + "'.");
            }
            return value;
        }

        @Override
        public List<TimeSeries> metrics(String idPrefix) {
            return queries.entrySet().stream().filter(entry -> entry.getKey().startsWith(idPrefix))
                    .map(entry -> ((MathValue.Series) entry.getValue()).series()).toList();
        }

        @Override
        public List<Long> grid() {
            return GRID;
        }
    };

    private void series(String id, double... valuesAt0To180) {
        TreeMap<Long, Double> points = new TreeMap<>();
        for (int i = 0; i < valuesAt0To180.length; i++) {
            if (!Double.isNaN(valuesAt0To180[i])) {
                points.put(i * 60L, valuesAt0To180[i]);
            }
        }
        queries.put(id, new MathValue.Series(new TimeSeries(id, points)));
    }

    private MathValue eval(String expression) {
        return new ExpressionEvaluator(context).evaluate(ExpressionParser.parse(expression));
    }

    private Map<Long, Double> points(String expression) {
        return ((MathValue.Series) eval(expression)).series().points();
    }

    @Test
    void honoursPrecedenceAndAssociativity() {
        assertThat(eval("1 + 2 * 3 ^ 2 ^ 0.5 - -1")).isEqualTo(new MathValue.Scalar(1 + 2 * Math.pow(3, Math.pow(2, 0.5)) + 1));
        assertThat(eval("(1 + 2) * 3 / 4")).isEqualTo(new MathValue.Scalar(2.25));
        assertThat(eval("2 > 1 AND 1 >= 2 OR 3 != 3")).isEqualTo(new MathValue.Scalar(0));
    }

    @Test
    void combinesSeriesAtSharedTimestampsAndDropsDivisionByZero() {
        series("m1", 1, 2, 3, Double.NaN);
        series("m2", 10, 0, Double.NaN, 40);
        assertThat(points("m1 + m2 * 2")).containsExactly(Map.entry(0L, 21.0), Map.entry(60L, 2.0));
        assertThat(points("m1 / m2")).containsExactly(Map.entry(0L, 0.1));
        assertThat(points("100 - m1")).containsExactly(Map.entry(0L, 99.0), Map.entry(60L, 98.0), Map.entry(120L, 97.0));
    }

    @Test
    void aggregatesAcrossSeriesOrOverOne() {
        series("m1", 1, 2, Double.NaN, Double.NaN);
        series("m2", 3, Double.NaN, 5, Double.NaN);
        series("e_other", 100, 100, 100, 100);
        assertThat(points("SUM(METRICS('m'))")).containsExactly(Map.entry(0L, 4.0), Map.entry(60L, 2.0),
                Map.entry(120L, 5.0));
        assertThat(points("AVG([m1, m2])")).containsEntry(0L, 2.0);
        assertThat(points("MAX(METRICS())")).containsEntry(0L, 100.0);
        assertThat(eval("MIN(m2)")).isEqualTo(new MathValue.Scalar(3));
        assertThat(((MathValue.SeriesArray) eval("METRICS('m') * 10")).series()).hasSize(2);
    }

    @Test
    void fillsGapsWithValuesRepeatsOrInterpolation() {
        series("m1", 1, Double.NaN, 3, Double.NaN);
        assertThat(points("FILL(m1, 0)")).containsExactly(Map.entry(0L, 1.0), Map.entry(60L, 0.0),
                Map.entry(120L, 3.0), Map.entry(180L, 0.0));
        assertThat(points("FILL(m1, REPEAT)")).containsEntry(60L, 1.0).containsEntry(180L, 3.0);
        assertThat(points("FILL(m1, linear)")).containsEntry(60L, 2.0).doesNotContainKey(180L);
    }

    @Test
    void computesRateDiffAndConditions() {
        series("m1", 0, 60, 180, 180);
        assertThat(points("RATE(m1)")).containsExactly(Map.entry(60L, 1.0), Map.entry(120L, 2.0), Map.entry(180L, 0.0));
        assertThat(points("DIFF(m1)")).containsEntry(120L, 120.0);
        assertThat(points("IF(m1 > 100, 1, 0)")).containsExactly(Map.entry(0L, 0.0), Map.entry(60L, 0.0),
                Map.entry(120L, 1.0), Map.entry(180L, 1.0));
        assertThat(points("IF(m1 > 100, m1)")).containsOnlyKeys(120L, 180L);
    }

    @Test
    void reportsSyntaxAndReferenceErrors() {
        assertThatThrownBy(() -> ExpressionParser.parse("m1 +")).isInstanceOf(ExpressionException.class)
                .hasMessage("Unexpected end of expression.");
        assertThatThrownBy(() -> ExpressionParser.parse("SUM(m1")).hasMessage("Expected ')' at position 7.");
        assertThatThrownBy(() -> ExpressionParser.parse("m1 $ 2")).hasMessage("Unexpected character '$' at position 4.");
        assertThatThrownBy(() -> eval("nothere * 2")).hasMessage("Unrecognized id 'nothere'.");
        assertThatThrownBy(() -> eval("FOO(1)")).hasMessage("Unknown function FOO.");
    }
}
