package dev.tablesmith.runtime;

/**
 * A codec could not decode a stored value. {@link ItemReader} turns it into an
 * {@link ItemDecodeException} (or {@link UnknownEnumValueException}) naming the item's key and
 * the attribute.
 */
public class ValueDecodeException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    private final String enumName;
    private final String storedValue;

    /**
     * @param problem what is wrong with the stored value
     */
    public ValueDecodeException(String problem) {
        this(problem, null, null);
    }

    private ValueDecodeException(String problem, String enumName, String storedValue) {
        super(problem);
        this.enumName = enumName;
        this.storedValue = storedValue;
    }

    /**
     * @return the failure of a required attribute that is absent (or NULL); {@link
     *     ItemReader#failure} finds the attribute absent and reports it as missing
     */
    public static ValueDecodeException missing() {
        return new ValueDecodeException("is missing");
    }

    /**
     * @param enumName the Java enum
     * @param storedValue the value that matches none of its constants
     * @return the failure
     */
    public static ValueDecodeException unknownEnumValue(String enumName, String storedValue) {
        return new ValueDecodeException("unknown " + enumName + " value '" + storedValue + "'",
                enumName, storedValue);
    }

    /** @return the enum's name when an enum value was unknown, else null */
    public String enumName() {
        return enumName;
    }

    /** @return the unknown stored enum value, else null */
    public String storedValue() {
        return storedValue;
    }
}
