package dev.tablesmith.runtime;

/**
 * A stored item could not be read into its Java form: an attribute is missing, has the wrong
 * type, or holds a value the model does not allow. The message names the item's key.
 */
public class ItemDecodeException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    private final String itemKey;
    private final String attribute;

    /**
     * @param itemKey the item's key, rendered for people ({@code PK=ORDER#1, SK=METADATA})
     * @param attribute the stored attribute name
     * @param problem what is wrong with it
     */
    public ItemDecodeException(String itemKey, String attribute, String problem) {
        super("item {" + itemKey + "}, attribute '" + attribute + "': " + problem);
        this.itemKey = itemKey;
        this.attribute = attribute;
    }

    /** @return the item's key, rendered for people */
    public String itemKey() {
        return itemKey;
    }

    /** @return the stored attribute name */
    public String attribute() {
        return attribute;
    }
}
