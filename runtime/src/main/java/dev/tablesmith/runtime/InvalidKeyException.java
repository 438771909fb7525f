package dev.tablesmith.runtime;

/**
 * A key could not be rendered or parsed: a value was missing or empty, contained text that would
 * let it forge another item's key, was out of range for its fixed-width form, or the key would
 * exceed DynamoDB's size limit. Thrown before anything is sent.
 */
public class InvalidKeyException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was refused and why, naming the template and placeholder
     */
    public InvalidKeyException(String message) {
        super(message);
    }
}
