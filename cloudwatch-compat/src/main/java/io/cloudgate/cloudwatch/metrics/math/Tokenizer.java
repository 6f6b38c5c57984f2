package io.cloudgate.cloudwatch.metrics.math;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens. */
final class Tokenizer {
    private static final List<String> SYMBOLS = List.of("<=", ">=", "==", "!=", "&&", "||", "+", "-", "*", "/",
            "^", "(", ")", "[", "]", ",", "<", ">", "!");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int end = number(text, i);
                tokens.add(new Token(Token.Kind.NUMBER, text.substring(i, end), i));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Token.Kind.WORD, text.substring(i, end), i));
                i = end;
            } else if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    throw new ExpressionException("Unterminated string at position " + (i + 1) + ".");
                }
                tokens.add(new Token(Token.Kind.STRING, text.substring(i + 1, end), i));
                i = end + 1;
            } else {
                i = symbol(text, i, tokens);
            }
        }
        tokens.add(new Token(Token.Kind.END, "", text.length()));
        return tokens;
    }

    private static int number(String text, int start) {
        int end = start;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        if (end < text.length() && (text.charAt(end) == 'e' || text.charAt(end) == 'E')) {
            int exponent = end + 1;
            if (exponent < text.length() && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < text.length() && Character.isDigit(text.charAt(exponent))) {
                end = exponent;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
            }
        }
        String literal = text.substring(start, end);
        if (literal.indexOf('.') != literal.lastIndexOf('.')) {
            throw new ExpressionException("Invalid number '" + literal + "' at position " + (start + 1) + ".");
        }
        return end;
    }

    private static int symbol(String text, int start, List<Token> tokens) {
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, start)) {
                tokens.add(new Token(Token.Kind.SYMBOL, symbol, start));
                return start + symbol.length();
            }
        }
        throw new ExpressionException("Unexpected character '" + text.charAt(start) + "' at position "
                + (start + 1) + ".");
    }
}
