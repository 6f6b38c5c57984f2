package io.cloudgate.cloudwatch.metrics.math;

import java.util.Locale;

/** A lexical token of an expression, with its 0-based position for error messages. */
record Token(Kind kind, String text, int position) {
    enum Kind { NUMBER, STRING, WORD, SYMBOL, END }

    boolean is(Kind expected) {
        return kind == expected;
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.toUpperCase(Locale.ROOT).equals(word);
    }
}
