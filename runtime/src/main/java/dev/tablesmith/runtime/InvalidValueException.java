package dev.tablesmith.runtime;

/**
 * A value was refused before anything was sent to DynamoDB: it cannot be stored as written
 * (an empty set inside a list, a number DynamoDB cannot hold, a year outside 0000-9999, an item
 * over 400 KB, an expression over DynamoDB's limits, ...).
 */
public class InvalidValueException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was refused and why
     */
    public InvalidValueException(String message) {
        super(message);
    }
}
