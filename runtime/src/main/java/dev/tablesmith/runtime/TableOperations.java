package dev.tablesmith.runtime;

import dev.tablesmith.runtime.internal.BatchGetOperation;
import dev.tablesmith.runtime.internal.BatchWriteOperation;
import dev.tablesmith.runtime.internal.CursorCodec;
import dev.tablesmith.runtime.internal.GetItemOperation;
import dev.tablesmith.runtime.internal.PreparedWrite;
import dev.tablesmith.runtime.internal.QueryOperation;
import dev.tablesmith.runtime.internal.SingleWriteOperation;
import dev.tablesmith.runtime.internal.WritePlanner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The operations on one table over a {@link DynamoDbClient}: get, put, create, update, delete,
 * query with opaque cursors, batch get and write, and transactions. Items are plain
 * {@code Map<String, AttributeValue>}; generated code encodes and decodes them. Immutable and
 * thread-safe; options are set through {@link #builder}.
 */
public final class TableOperations {
    private static final byte[] DEFAULT_CURSOR_SECRET =
            "tablesmith-cursor-v1".getBytes(StandardCharsets.UTF_8);

    private final DynamoDbClient client;
    private final String tableName;
    private final KeyAttributes keys;
    private final Clock clock;
    private final RetryPolicy retry;
    private final CursorCodec cursors;

    private TableOperations(Builder b) {
        this.client = b.client;
        this.tableName = b.tableName;
        this.keys = b.keys;
        this.clock = b.clock;
        this.retry = b.retry;
        this.cursors = new CursorCodec(b.cursorSecret);
    }

    /**
     * @param client the DynamoDB client (not closed by this object)
     * @param tableName the physical table name
     * @param keys the table's key attributes
     * @return a builder with the system UTC clock and default batch retries
     */
    public static Builder builder(DynamoDbClient client, String tableName, KeyAttributes keys) {
        return new Builder(client, tableName, keys);
    }

    /** @return the client */
    public DynamoDbClient client() {
        return client;
    }

    /** @return the physical table name */
    public String tableName() {
        return tableName;
    }

    /** @return the table's key attributes */
    public KeyAttributes keys() {
        return keys;
    }

    /** @return the clock's current time (for created/updated timestamps) */
    public Instant now() {
        return clock.instant();
    }

    /**
     * @param key the item's key
     * @param consistent true for a strongly consistent read
     * @return the item, or empty
     */
    public Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key,
            boolean consistent) {
        return GetItemOperation.response(client.getItem(
                GetItemOperation.request(tableName, keys.keyOf(key), consistent)));
    }

    /**
     * Puts a whole item: plain, create ({@link PutSpec#create}) or version-checked.
     *
     * @param spec the put
     * @return the item as written (with version and timestamps)
     * @throws ConditionFailedException (or {@link ItemAlreadyExistsException},
     *     {@link VersionConflictException}) with the current item when a condition fails
     */
    public Map<String, AttributeValue> put(PutSpec spec) {
        PreparedWrite write = WritePlanner.put(spec, keys, now());
        try {
            client.putItem(SingleWriteOperation.put(tableName, write));
            return write.item();
        } catch (ConditionalCheckFailedException e) {
            throw write.failure(e.hasItem() ? e.item() : null, e);
        }
    }

    /**
     * @param item the item
     * @return the item as written
     * @throws ItemAlreadyExistsException when an item with its key exists
     */
    public Map<String, AttributeValue> create(Map<String, AttributeValue> item) {
        return put(PutSpec.create(item));
    }

    /**
     * @param spec the update
     * @return the whole item after the update
     * @throws ConditionFailedException (or {@link VersionConflictException}) with the current item
     */
    public Map<String, AttributeValue> update(UpdateSpec spec) {
        PreparedWrite write = WritePlanner.update(spec, keys, now());
        try {
            return SingleWriteOperation.updated(
                    client.updateItem(SingleWriteOperation.update(tableName, write)));
        } catch (ConditionalCheckFailedException e) {
            throw write.failure(e.hasItem() ? e.item() : null, e);
        }
    }

    /**
     * @param spec the delete
     * @return the deleted item, or empty when there was none
     * @throws ConditionFailedException (or {@link VersionConflictException}) with the current item
     */
    public Optional<Map<String, AttributeValue>> delete(DeleteSpec spec) {
        PreparedWrite write = WritePlanner.delete(spec, keys);
        try {
            return SingleWriteOperation.deleted(
                    client.deleteItem(SingleWriteOperation.delete(tableName, write)));
        } catch (ConditionalCheckFailedException e) {
            throw write.failure(e.hasItem() ? e.item() : null, e);
        }
    }

    /**
     * @param spec the query
     * @param page which page, how large
     * @return one page (possibly empty with a cursor, when a filter dropped every item read)
     * @throws InvalidCursorException when the cursor is not from this query
     */
    public Page<Map<String, AttributeValue>> query(QuerySpec spec, PageRequest page) {
        // The fingerprint is needed only to check a cursor or to make one.
        byte[] fingerprint = page.cursor() == null ? null
                : QueryOperation.fingerprint(tableName, spec, cursors);
        Map<String, AttributeValue> start = page.cursor() == null ? null
                : cursors.decode(fingerprint, page.cursor());
        int size = page.size() == 0 ? spec.pageSize() : page.size();
        QueryResponse response = client.query(QueryOperation.request(tableName, spec, size, start));
        return QueryOperation.response(response, cursors, tableName, spec, fingerprint);
    }

    /**
     * @param spec the query
     * @return every matching item, read page by page as iterated (through empty pages)
     */
    public Iterable<Map<String, AttributeValue>> queryAll(QuerySpec spec) {
        return () -> new Iterator<>() {
            private Page<Map<String, AttributeValue>> page = query(spec, PageRequest.first());
            private int index;

            @Override
            public boolean hasNext() {
                while (index == page.items().size() && page.hasMore()) {
                    page = query(spec, PageRequest.after(page.next()));
                    index = 0;
                }
                return index < page.items().size();
            }

            @Override
            public Map<String, AttributeValue> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.items().get(index++);
            }
        };
    }

    /**
     * @param keys distinct keys, any number
     * @param consistent strongly consistent reads
     * @return the items found, in no particular order
     * @throws InvalidValueException when a key appears twice
     * @throws UnprocessedItemsException when keys stay unprocessed after every retry
     */
    public List<Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys,
            boolean consistent) {
        return BatchGetOperation.run(client, tableName, BatchGetOperation.distinct(keys, this.keys),
                consistent, retry);
    }

    /**
     * The full items behind items an index query returned (a keys-only or INCLUDE index), in the
     * same order: BatchGetItem in chunks of 100, retried like {@link #batchGet}. An item deleted
     * since the query is left out.
     *
     * @param indexItems items as the index returned them (they hold the table's key attributes)
     * @param consistent strongly consistent reads
     * @return the full items, in the order of {@code indexItems}, without repeats
     * @throws UnprocessedItemsException when keys stay unprocessed after every retry
     */
    public List<Map<String, AttributeValue>> fetch(List<Map<String, AttributeValue>> indexItems,
            boolean consistent) {
        List<Map<String, AttributeValue>> wanted = new ArrayList<>();
        for (Map<String, AttributeValue> item : indexItems) {
            Map<String, AttributeValue> key = keys.keyOf(item);
            if (!wanted.contains(key)) {
                wanted.add(key);
            }
        }
        Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found = new HashMap<>();
        for (Map<String, AttributeValue> item : batchGet(wanted, consistent)) {
            found.put(keys.keyOf(item), item);
        }
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        for (Map<String, AttributeValue> key : wanted) {
            Map<String, AttributeValue> item = found.get(key);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * @param writes puts and deletes of distinct keys, any number
     * @throws InvalidValueException when two writes address one key
     * @throws UnprocessedItemsException when items stay unprocessed after every retry
     */
    public void batchWrite(List<BatchWrite> writes) {
        BatchWriteOperation.checkDistinct(writes, keys);
        BatchWriteOperation.run(client, tableName, writes, retry);
    }

    /** @return a new, empty transaction on this table */
    public Transaction transaction() {
        return new Transaction(this);
    }

    /** Options of a {@link TableOperations}. */
    public static final class Builder {
        private final DynamoDbClient client;
        private final String tableName;
        private final KeyAttributes keys;
        private Clock clock = Clock.systemUTC();
        private RetryPolicy retry = RetryPolicy.defaults();
        private byte[] cursorSecret = DEFAULT_CURSOR_SECRET;

        private Builder(DynamoDbClient client, String tableName, KeyAttributes keys) {
            this.client = Objects.requireNonNull(client, "client");
            this.tableName = Objects.requireNonNull(tableName, "tableName");
            this.keys = Objects.requireNonNull(keys, "keys");
        }

        /** @param value the clock for created/updated timestamps @return this builder */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        /** @param value how batches retry unprocessed work @return this builder */
        public Builder batchRetry(RetryPolicy value) {
            this.retry = Objects.requireNonNull(value);
            return this;
        }

        /**
         * @param secret the key that signs cursors; set one of the application's own to make
         *     cursors unforgeable by clients (the default detects alteration and misuse only)
         * @return this builder
         */
        public Builder cursorSecret(byte[] secret) {
            if (secret.length == 0) {
                throw new IllegalArgumentException("empty cursor secret");
            }
            this.cursorSecret = secret.clone();
            return this;
        }

        /** @return the operations */
        public TableOperations build() {
            return new TableOperations(this);
        }
    }
}
