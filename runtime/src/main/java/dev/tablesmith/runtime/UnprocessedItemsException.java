package dev.tablesmith.runtime;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A batch still had unprocessed keys or items after every retry the {@link RetryPolicy} allows.
 * Lists exactly what was not done (including chunks never sent) and, for a batch get, what was
 * read, so nothing is silently dropped.
 */
public class UnprocessedItemsException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    private final transient List<Map<String, AttributeValue>> unprocessedKeys;
    private final transient List<BatchWrite> unprocessedWrites;
    private final transient List<Map<String, AttributeValue>> retrieved;

    /**
     * @param message what happened
     * @param unprocessedKeys keys a batch get did not read
     * @param unprocessedWrites writes a batch write did not do
     * @param retrieved items a batch get did read
     */
    public UnprocessedItemsException(String message,
            List<Map<String, AttributeValue>> unprocessedKeys, List<BatchWrite> unprocessedWrites,
            List<Map<String, AttributeValue>> retrieved) {
        super(message);
        this.unprocessedKeys = List.copyOf(unprocessedKeys);
        this.unprocessedWrites = List.copyOf(unprocessedWrites);
        this.retrieved = List.copyOf(retrieved);
    }

    /** @return the keys a batch get did not read (empty for a batch write) */
    public List<Map<String, AttributeValue>> unprocessedKeys() {
        return unprocessedKeys;
    }

    /** @return the writes a batch write did not do (empty for a batch get) */
    public List<BatchWrite> unprocessedWrites() {
        return unprocessedWrites;
    }

    /** @return the items a batch get did read before giving up */
    public List<Map<String, AttributeValue>> retrieved() {
        return retrieved;
    }
}
