package io.cloudgate.cloudwatch.metrics.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses metric math: numbers, query ids, 'strings', function calls, [arrays], unary minus and NOT, and binary operators
 * by precedence (lowest first): OR; AND; comparisons; + -; * /; ^ (right-associative).
 */
public final class ExpressionParser {
    /** The function name an array literal [a, b] parses to. */
    public static final String ARRAY = "[]";
    private static final Set<String> COMPARISONS = Set.of("<", "<=", ">", ">=", "==", "!=");

    private final List<Token> tokens;
    private int position;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ExpressionException("The expression is empty.");
        }
        ExpressionParser parser = new ExpressionParser(Tokenizer.tokenize(text));
        Expression expression = parser.or();
        if (!parser.peek().is(Token.Kind.END)) {
            throw new ExpressionException("Unexpected '" + parser.peek().text() + "' at position "
                    + (parser.peek().position() + 1) + ".");
        }
        return expression;
    }

    private Expression or() {
        Expression left = and();
        while (peek().isWord("OR") || peek().isSymbol("||")) {
            position++;
            left = new Expression.Binary("OR", left, and());
        }
        return left;
    }

    private Expression and() {
        Expression left = comparison();
        while (peek().isWord("AND") || peek().isSymbol("&&")) {
            position++;
            left = new Expression.Binary("AND", left, comparison());
        }
        return left;
    }

    private Expression comparison() {
        Expression left = additive();
        while (peek().is(Token.Kind.SYMBOL) && COMPARISONS.contains(peek().text())) {
            String operator = next().text();
            left = new Expression.Binary(operator, left, additive());
        }
        return left;
    }

    private Expression additive() {
        Expression left = multiplicative();
        while (peek().isSymbol("+") || peek().isSymbol("-")) {
            String operator = next().text();
            left = new Expression.Binary(operator, left, multiplicative());
        }
        return left;
    }

    private Expression multiplicative() {
        Expression left = unary();
        while (peek().isSymbol("*") || peek().isSymbol("/")) {
            String operator = next().text();
            left = new Expression.Binary(operator, left, unary());
        }
        return left;
    }

    private Expression unary() {
        if (peek().isSymbol("-")) {
            position++;
            return new Expression.Unary("-", unary());
        }
        if (peek().isWord("NOT") || peek().isSymbol("!")) {
            position++;
            return new Expression.Unary("NOT", unary());
        }
        return power();
    }

    private Expression power() {
        Expression base = primary();
        if (peek().isSymbol("^")) {
            position++;
            return new Expression.Binary("^", base, unary());
        }
        return base;
    }

    private Expression primary() {
        Token token = next();
        switch (token.kind()) {
            case NUMBER:
                return new Expression.Number(Double.parseDouble(token.text()));
            case STRING:
                return new Expression.Text(token.text());
            case WORD:
                if (peek().isSymbol("(")) {
                    position++;
                    return new Expression.Call(token.text().toUpperCase(Locale.ROOT), list(")"));
                }
                return new Expression.Reference(token.text());
            case SYMBOL:
                if (token.text().equals("(")) {
                    Expression inner = or();
                    expect(")");
                    return inner;
                }
                if (token.text().equals("[")) {
                    return new Expression.Call(ARRAY, list("]"));
                }
                break;
            default:
                break;
        }
        throw new ExpressionException(token.is(Token.Kind.END) ? "Unexpected end of expression."
                : "Unexpected '" + token.text() + "' at position " + (token.position() + 1) + ".");
    }

    private List<Expression> list(String closing) {
        List<Expression> arguments = new ArrayList<>();
        if (peek().isSymbol(closing)) {
            position++;
            return arguments;
        }
        arguments.add(or());
        while (peek().isSymbol(",")) {
            position++;
            arguments.add(or());
        }
        expect(closing);
        return arguments;
    }

    private void expect(String symbol) {
        Token token = next();
        if (!token.isSymbol(symbol)) {
            throw new ExpressionException("Expected '" + symbol + "' at position " + (token.position() + 1) + ".");
        }
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        Token token = tokens.get(position);
        if (!token.is(Token.Kind.END)) {
            position++;
        }
        return token;
    }
}
