package dev.tablesmith.runtime.internal;

import dev.tablesmith.runtime.Cursor;
import dev.tablesmith.runtime.Page;
import dev.tablesmith.runtime.Placeholders;
import dev.tablesmith.runtime.QuerySpec;
import dev.tablesmith.runtime.SortKeyCondition;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Query: the request for one page of a {@link QuerySpec}, and the page from the response. */
public final class QueryOperation {
    private QueryOperation() {
    }

    /**
     * @param table the table name
     * @param spec the query
     * @param limit the page size
     * @param startKey the ExclusiveStartKey, or null for the first page
     * @return the request
     */
    public static QueryRequest request(String table, QuerySpec spec, int limit,
            Map<String, AttributeValue> startKey) {
        Placeholders p = new Placeholders();
        String keyCondition = ExpressionLimits.check("KeyConditionExpression",
                keyCondition(spec, p), spec.keyEqualities().size() * 2
                        + (spec.sortCondition() == null ? 1 : 3));
        String filter = spec.filter() == null ? null : ExpressionLimits.check("FilterExpression",
                spec.filter().render(p), spec.filter().operatorCount());
        return QueryRequest.builder().tableName(table).indexName(spec.index())
                .keyConditionExpression(keyCondition)
                .filterExpression(filter)
                .expressionAttributeNames(p.names())
                .expressionAttributeValues(p.values())
                .scanIndexForward(!spec.descending())
                .consistentRead(spec.consistent() ? Boolean.TRUE : null)
                .limit(limit)
                .exclusiveStartKey(startKey)
                .build();
    }

    private static String keyCondition(QuerySpec spec, Placeholders p) {
        String partition = p.name(spec.keys().partitionKey()) + " = "
                + p.value(spec.partitionValue());
        for (Map.Entry<String, AttributeValue> e : spec.keyEqualities().entrySet()) {
            partition += " AND " + p.name(e.getKey()) + " = " + p.value(e.getValue());
        }
        SortKeyCondition sort = spec.sortCondition();
        if (sort == null) {
            return partition;
        }
        String name = p.name(spec.keys().sortKey());
        String condition = switch (sort.kind()) {
            case BEGINS_WITH -> "begins_with(" + name + ", " + p.value(sort.value()) + ")";
            case BETWEEN -> name + " BETWEEN " + p.value(sort.value()) + " AND "
                    + p.value(sort.high());
            default -> name + " " + sort.kind().operator() + " " + p.value(sort.value());
        };
        return partition + " AND " + condition;
    }

    /**
     * @param response the response
     * @param cursors encodes the next cursor
     * @param table the table name
     * @param spec the query
     * @param fingerprint the query's fingerprint when the caller has it (it checked a cursor),
     *     else null
     * @return the page, with a cursor when DynamoDB returned a LastEvaluatedKey; the cursor's
     *     fingerprint and signature are made when its token is first read
     */
    public static Page<Map<String, AttributeValue>> response(QueryResponse response,
            CursorCodec cursors, String table, QuerySpec spec, byte[] fingerprint) {
        Cursor next = hasMore(response)
                ? Cursor.deferred(new NextToken(cursors, table, spec, fingerprint,
                        response.lastEvaluatedKey()))
                : null;
        return new Page<>(response.items(), next);
    }

    // A class, not a lambda: a lambda's class is spun at run time, which a fresh JVM pays for.
    private record NextToken(CursorCodec cursors, String table, QuerySpec spec, byte[] known,
            Map<String, AttributeValue> lastKey) implements Supplier<String> {
        @Override
        public String get() {
            byte[] fingerprint = known != null ? known : fingerprint(table, spec, cursors);
            return cursors.encode(fingerprint, lastKey).token();
        }
    }

    /**
     * @param response a query's response
     * @return true when DynamoDB returned a LastEvaluatedKey (there may be more)
     */
    public static boolean hasMore(QueryResponse response) {
        return response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
    }

    /**
     * @param table the table name
     * @param spec the query
     * @param cursors the codec that hashes it
     * @return the fingerprint that binds cursors to this query (page size excluded)
     */
    public static byte[] fingerprint(String table, QuerySpec spec, CursorCodec cursors) {
        Placeholders p = new Placeholders();
        String filter = spec.filter() == null ? "" : spec.filter().render(p);
        StringBuilder text = new StringBuilder(256);
        part(text, table);
        part(text, spec.pattern());
        part(text, String.valueOf(spec.index()));
        part(text, spec.keys().partitionKey());
        part(text, String.valueOf(spec.keys().sortKey()));
        part(text, canonical(spec.partitionValue()));
        spec.keyEqualities().forEach((name, value) -> part(part(text, name), canonical(value)));
        SortKeyCondition sort = spec.sortCondition();
        if (sort != null) {
            part(part(text, sort.kind().name()), canonical(sort.value()));
            part(text, sort.high() == null ? "-" : canonical(sort.high()));
        }
        part(text, filter);
        part(text, String.valueOf(p.names()));
        if (p.values() != null) {
            p.values().forEach((name, value) -> part(part(text, name), canonical(value)));
        }
        part(text, Boolean.toString(spec.descending()));
        part(text, Boolean.toString(spec.consistent()));
        return cursors.sha256(text.toString());
    }

    /** Appends a part with its length in front, so no two queries read the same. */
    private static StringBuilder part(StringBuilder text, String part) {
        return text.append(part.length()).append(':').append(part);
    }

    // The SDK's AttributeValue.toString is slow and not meant to be stable; keys and bounds are
    // almost always S, N or B.
    private static String canonical(AttributeValue value) {
        return switch (value.type()) {
            case S -> "S" + value.s();
            case N -> "N" + value.n();
            case B -> "B" + Base64.getEncoder().encodeToString(value.b().asByteArrayUnsafe());
            default -> value.toString();
        };
    }
}
