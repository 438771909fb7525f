package dev.tablesmith.runtime;

/** A stored enum attribute holds a value that is not one of the model's values. */
public class UnknownEnumValueException extends ItemDecodeException {
    private static final long serialVersionUID = 1L;

    private final String storedValue;

    /**
     * @param itemKey the item's key, rendered for people
     * @param attribute the stored attribute name
     * @param storedValue the unknown value
     * @param enumName the Java enum it should belong to
     */
    public UnknownEnumValueException(String itemKey, String attribute, String storedValue,
            String enumName) {
        super(itemKey, attribute, "unknown " + enumName + " value '" + storedValue + "'");
        this.storedValue = storedValue;
    }

    /** @return the stored value that matched no constant */
    public String storedValue() {
        return storedValue;
    }
}
