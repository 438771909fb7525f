package dev.tablesmith.runtime.internal;

import dev.tablesmith.runtime.Cursor;
import dev.tablesmith.runtime.Page;
import dev.tablesmith.runtime.Placeholders;
import dev.tablesmith.runtime.QuerySpec;
import dev.tablesmith.runtime.SortKeyCondition;
import java.util.Map;
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
     * @param fingerprint the query's fingerprint
     * @return the page, with a cursor when DynamoDB returned a LastEvaluatedKey
     */
    public static Page<Map<String, AttributeValue>> response(QueryResponse response,
            CursorCodec cursors, byte[] fingerprint) {
        Cursor next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? cursors.encode(fingerprint, response.lastEvaluatedKey()) : null;
        return new Page<>(response.items(), next);
    }

    /**
     * @param table the table name
     * @param spec the query
     * @return the fingerprint that binds cursors to this query (page size excluded)
     */
    public static byte[] fingerprint(String table, QuerySpec spec) {
        Placeholders p = new Placeholders();
        String filter = spec.filter() == null ? "" : spec.filter().render(p);
        String text = String.join("\n", table, spec.pattern(), String.valueOf(spec.index()),
                spec.keys().toString(), spec.partitionValue().toString(),
                spec.keyEqualities().toString(),
                String.valueOf(spec.sortCondition()), filter, String.valueOf(p.names()),
                String.valueOf(p.values()), Boolean.toString(spec.descending()),
                Boolean.toString(spec.consistent()));
        return CursorCodec.sha256(text);
    }
}
