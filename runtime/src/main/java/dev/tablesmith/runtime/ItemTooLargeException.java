package dev.tablesmith.runtime;

/** An item is over DynamoDB's 400 KB limit (attribute names counted); refused before sending. */
public class ItemTooLargeException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    private final long size;

    /**
     * @param size the item's size in bytes, as DynamoDB counts it
     * @param limit the limit in bytes
     */
    public ItemTooLargeException(long size, long limit) {
        super("item is " + size + " bytes, over DynamoDB's limit of " + limit
                + " bytes (attribute names and values counted)");
        this.size = size;
    }

    /** @return the item's size in bytes */
    public long size() {
        return size;
    }
}
