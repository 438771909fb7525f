package dev.tablesmith.runtime;

/** The root of every exception the tablesmith runtime throws on purpose. */
public class TablesmithException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, for a person to read
     */
    public TablesmithException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for a person to read
     * @param cause the underlying failure
     */
    public TablesmithException(String message, Throwable cause) {
        super(message, cause);
    }
}
