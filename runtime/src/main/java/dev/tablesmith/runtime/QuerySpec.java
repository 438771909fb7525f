package dev.tablesmith.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One query: the table or an index, equality on the partition key, an optional sort-key
 * condition and filter, order, consistency and default page size. The access pattern's name is
 * part of it, so a cursor from one pattern is refused by another.
 *
 * @param pattern the access pattern's name (binds cursors), never null
 * @param index the index name, or null for the table
 * @param keys the key attributes of the table or index
 * @param partitionValue the partition key value
 * @param sortCondition the sort-key condition, or null
 * @param filter a filter on non-key attributes, or null
 * @param descending true for descending sort-key order
 * @param consistent true for a strongly consistent read (tables and local indexes only)
 * @param pageSize the default page size (1 to 1000)
 * @param keyEqualities equalities on further key attributes, in order: the other parts of a
 *     multi-attribute partition key, then a leading run of multi-attribute sort key parts
 */
public record QuerySpec(String pattern, String index, KeyAttributes keys,
        AttributeValue partitionValue, SortKeyCondition sortCondition, Condition filter,
        boolean descending, boolean consistent, int pageSize,
        Map<String, AttributeValue> keyEqualities) {

    /** The default page size. */
    public static final int DEFAULT_PAGE_SIZE = 25;

    /** Checks the parts and copies the equalities, keeping their order. */
    public QuerySpec {
        keyEqualities = Collections.unmodifiableMap(new LinkedHashMap<>(keyEqualities));
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(partitionValue, "partitionValue");
        if (sortCondition != null && keys.sortKey() == null) {
            throw new IllegalArgumentException("a sort-key condition needs a sort key");
        }
        PageRequest.checkSize(pageSize);
    }

    /**
     * A query with no further key equalities (a single-attribute key).
     *
     * @param pattern the access pattern's name
     * @param index the index name, or null for the table
     * @param keys the key attributes
     * @param partitionValue the partition key value
     * @param sortCondition the sort-key condition, or null
     * @param filter a filter, or null
     * @param descending descending order
     * @param consistent strongly consistent reads
     * @param pageSize the default page size
     */
    public QuerySpec(String pattern, String index, KeyAttributes keys,
            AttributeValue partitionValue, SortKeyCondition sortCondition, Condition filter,
            boolean descending, boolean consistent, int pageSize) {
        this(pattern, index, keys, partitionValue, sortCondition, filter, descending, consistent,
                pageSize, Map.of());
    }

    /**
     * @param attribute a further key attribute (part of a multi-attribute key)
     * @param value the value it must equal
     * @return a copy with that equality added
     */
    public QuerySpec equal(String attribute, AttributeValue value) {
        Map<String, AttributeValue> more = new LinkedHashMap<>(keyEqualities);
        more.put(Objects.requireNonNull(attribute, "attribute"),
                Objects.requireNonNull(value, "value"));
        return new QuerySpec(pattern, index, keys, partitionValue, sortCondition, filter,
                descending, consistent, pageSize, more);
    }

    /**
     * @param pattern the access pattern's name
     * @param keys the table's key attributes
     * @param partitionKey the rendered partition key
     * @return a query on the table, ascending, page size 25
     */
    public static QuerySpec table(String pattern, KeyAttributes keys, String partitionKey) {
        return new QuerySpec(pattern, null, keys, AttributeValue.createS(partitionKey), null, null,
                false, false, DEFAULT_PAGE_SIZE);
    }

    /**
     * @param pattern the access pattern's name
     * @param index the index name
     * @param keys the index's key attributes
     * @param partitionKey the rendered partition key
     * @return a query on the index, ascending, page size 25
     */
    public static QuerySpec index(String pattern, String index, KeyAttributes keys,
            String partitionKey) {
        return new QuerySpec(pattern, Objects.requireNonNull(index), keys,
                AttributeValue.createS(partitionKey), null, null, false, false, DEFAULT_PAGE_SIZE);
    }

    /** @param value the partition key value (for N or B keys) @return a copy */
    public QuerySpec partition(AttributeValue value) {
        return new QuerySpec(pattern, index, keys, value, sortCondition, filter, descending,
                consistent, pageSize, keyEqualities);
    }

    /** @param condition the sort-key condition @return a copy */
    public QuerySpec sort(SortKeyCondition condition) {
        return new QuerySpec(pattern, index, keys, partitionValue, condition, filter, descending,
                consistent, pageSize, keyEqualities);
    }

    /** @param condition the filter @return a copy */
    public QuerySpec filter(Condition condition) {
        return new QuerySpec(pattern, index, keys, partitionValue, sortCondition, condition,
                descending, consistent, pageSize, keyEqualities);
    }

    /** @return a copy in descending order */
    public QuerySpec descendingOrder() {
        return new QuerySpec(pattern, index, keys, partitionValue, sortCondition, filter, true,
                consistent, pageSize, keyEqualities);
    }

    /** @return a copy with strongly consistent reads */
    public QuerySpec consistentRead() {
        return new QuerySpec(pattern, index, keys, partitionValue, sortCondition, filter,
                descending, true, pageSize, keyEqualities);
    }

    /** @param size the default page size @return a copy */
    public QuerySpec pageSize(int size) {
        return new QuerySpec(pattern, index, keys, partitionValue, sortCondition, filter,
                descending, consistent, size, keyEqualities);
    }
}
