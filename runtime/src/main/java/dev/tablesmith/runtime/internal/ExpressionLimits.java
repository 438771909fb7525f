package dev.tablesmith.runtime.internal;

import dev.tablesmith.runtime.ExpressionLimitException;

/** DynamoDB's expression limits, checked before a request is sent. */
public final class ExpressionLimits {
    /** Maximum length of any expression string, in bytes. */
    public static final int MAX_BYTES = 4096;
    /** Maximum number of operators and functions in one expression. */
    public static final int MAX_OPERATORS = 300;

    private ExpressionLimits() {
    }

    /**
     * @param which the expression's role, for the message (ConditionExpression, ...)
     * @param text the expression text
     * @param operators its operators and functions
     * @return the text
     * @throws ExpressionLimitException when over a limit
     */
    public static String check(String which, String text, int operators) {
        long bytes = Utf8.length(text);
        if (bytes > MAX_BYTES) {
            throw new ExpressionLimitException(which + " is " + bytes + " bytes, over DynamoDB's"
                    + " limit of " + MAX_BYTES + "; split the write or simplify the condition");
        }
        if (operators > MAX_OPERATORS) {
            throw new ExpressionLimitException(which + " has " + operators + " operators and"
                    + " functions, over DynamoDB's limit of " + MAX_OPERATORS
                    + "; split the write or simplify the condition");
        }
        return text;
    }
}
