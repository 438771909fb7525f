package dev.tablesmith.runtime;

/**
 * A pagination cursor was refused: it is malformed, was altered, or came from a different query
 * (another access pattern, index, partition, range, filter or order).
 */
public class InvalidCursorException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message why the cursor was refused
     */
    public InvalidCursorException(String message) {
        super(message);
    }
}
