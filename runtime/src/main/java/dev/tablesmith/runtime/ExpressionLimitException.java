package dev.tablesmith.runtime;

/**
 * An expression is over one of DynamoDB's limits (4 KB of expression text, 300 operators and
 * functions); refused before sending.
 */
public class ExpressionLimitException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message which expression, which limit, and by how much
     */
    public ExpressionLimitException(String message) {
        super(message);
    }
}
