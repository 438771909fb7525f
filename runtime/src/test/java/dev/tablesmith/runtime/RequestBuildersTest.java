package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.runtime.internal.BatchGetOperation;
import dev.tablesmith.runtime.internal.CursorCodec;
import dev.tablesmith.runtime.internal.PreparedWrite;
import dev.tablesmith.runtime.internal.QueryOperation;
import dev.tablesmith.runtime.internal.SingleWriteOperation;
import dev.tablesmith.runtime.internal.TransactWriteOperation;
import dev.tablesmith.runtime.internal.TransactWriteOperation.Action;
import dev.tablesmith.runtime.internal.TransactWriteOperation.Kind;
import dev.tablesmith.runtime.internal.WritePlanner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/** The pure request halves, each compared with the SDK request written by hand. */
class RequestBuildersTest {
    private static final KeyAttributes KEYS = KeyAttributes.of("PK", "SK");
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:29Z");
    private static final ReturnValuesOnConditionCheckFailure ALL_OLD =
            ReturnValuesOnConditionCheckFailure.ALL_OLD;

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    @Test
    void createWithLifecycle() {
        Lifecycle life = Lifecycle.none().version("v").created("c").updated("u");
        PreparedWrite write = WritePlanner.put(PutSpec.create(TableOperationsTest.item("A", "1",
                "NEW"))
                .lifecycle(life), KEYS, NOW);
        PutItemRequest expected = PutItemRequest.builder().tableName("t")
                .item(Map.of("PK", s("A"), "SK", s("1"), "status", s("NEW"), "v", n("1"),
                        "c", s("2026-11-21T10:15:29.000Z"), "u", s("2026-11-21T10:15:29.000Z")))
                .conditionExpression("attribute_not_exists(#n0)")
                .expressionAttributeNames(Map.of("#n0", "PK"))
                .returnValuesOnConditionCheckFailure(ALL_OLD)
                .build();
        assertEquals(expected, SingleWriteOperation.put("t", write));
    }

    @Test
    void putsWithoutACallersConditionHaveTheExpressionsRenderingGives() {
        Lifecycle life = Lifecycle.none().version("v");
        Map<String, AttributeValue> item = TableOperationsTest.item("A", "1", "X");
        PreparedWrite replace = WritePlanner.put(PutSpec.of(item).lifecycle(life)
                .expectVersion(4), KEYS, NOW);
        Placeholders p = new Placeholders();
        assertEquals(Condition.eq("v", n("4")).render(p), replace.conditionExpression());
        assertEquals(p.names(), replace.names());
        assertEquals(p.values(), replace.values());
        assertEquals(4L, replace.expectedVersion());
        assertEquals("v", replace.versionAttribute());
        PreparedWrite create = WritePlanner.put(PutSpec.create(item).lifecycle(life), KEYS, NOW);
        Placeholders q = new Placeholders();
        assertEquals(Condition.notExists("PK").render(q), create.conditionExpression());
        assertEquals(q.names(), create.names());
        assertEquals(q.values(), create.values());
        assertTrue(create.ifAbsent());
        PreparedWrite plain = WritePlanner.put(PutSpec.of(item), KEYS, NOW);
        assertEquals(null, plain.conditionExpression());
        assertEquals(null, plain.names());
        assertEquals(null, plain.values());
        // with a condition of the caller's, both are rendered together
        PreparedWrite both = WritePlanner.put(PutSpec.of(item).lifecycle(life).expectVersion(4)
                .when(Condition.eq("status", s("X"))), KEYS, NOW);
        assertEquals("(#n0 = :v0) AND (#n1 = :v1)", both.conditionExpression());
        assertEquals(Map.of("#n0", "v", "#n1", "status"), both.names());
    }

    @Test
    void unconditionalPutAsksForNothingBack() {
        PreparedWrite write = WritePlanner.put(PutSpec.of(TableOperationsTest.item("A", "1", "X")),
                KEYS, NOW);
        assertEquals(PutItemRequest.builder().tableName("t").item(TableOperationsTest.item("A", "1",
                "X")).build(),
                SingleWriteOperation.put("t", write));
    }

    @Test
    void versionCheckedDelete() {
        PreparedWrite write = WritePlanner.delete(DeleteSpec.of(TableOperationsTest.key("A", "1"))
                .lifecycle(Lifecycle.none().version("version")).expectVersion(4), KEYS);
        DeleteItemRequest expected = DeleteItemRequest.builder().tableName("t")
                .key(TableOperationsTest.key("A", "1"))
                .conditionExpression("#n0 = :v0")
                .expressionAttributeNames(Map.of("#n0", "version"))
                .expressionAttributeValues(Map.of(":v0", n("4")))
                .returnValues(ReturnValue.ALL_OLD)
                .returnValuesOnConditionCheckFailure(ALL_OLD)
                .build();
        assertEquals(expected, SingleWriteOperation.delete("t", write));
    }

    @Test
    void queryOnAnIndexWithRangeFilterOrderAndStartKey() {
        QuerySpec spec = QuerySpec.index("ordersForUser", "GSI1", KeyAttributes.of("GSI1PK",
                "GSI1SK"), "USER#u")
                .sort(SortKeyCondition.between("ORDER#a", "ORDER#b"))
                .filter(Condition.eq("status", s("PAID"))).descendingOrder();
        Map<String, AttributeValue> start = Map.of("PK", s("x"), "SK", s("y"), "GSI1PK",
                s("USER#u"),
                "GSI1SK", s("ORDER#a1"));
        QueryRequest expected = QueryRequest.builder().tableName("t").indexName("GSI1")
                .keyConditionExpression("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2")
                .filterExpression("#n2 = :v3")
                .expressionAttributeNames(Map.of("#n0", "GSI1PK", "#n1", "GSI1SK", "#n2", "status"))
                .expressionAttributeValues(Map.of(":v0", s("USER#u"), ":v1", s("ORDER#a"),
                        ":v2", s("ORDER#b"), ":v3", s("PAID")))
                .scanIndexForward(false)
                .limit(20)
                .exclusiveStartKey(start)
                .build();
        assertEquals(expected, QueryOperation.request("t", spec, 20, start));
        QueryRequest beginsWith = QueryOperation.request("t",
                QuerySpec.table("p", KEYS, "A").sort(SortKeyCondition.beginsWith("ORDER#")), 25,
                        null);
        assertEquals("#n0 = :v0 AND begins_with(#n1, :v1)", beginsWith.keyConditionExpression());
    }

    @Test
    void cursorRoundTripsTheLastEvaluatedKey() {
        CursorCodec codec = new CursorCodec("k".getBytes(StandardCharsets.UTF_8));
        QuerySpec spec = QuerySpec.table("p", KEYS, "A");
        byte[] fingerprint = QueryOperation.fingerprint("t", spec, codec);
        Map<String, AttributeValue> last = Map.of("PK", s("A"), "SK", s("é#😀"),
                "N", n("-1.5"), "B",
                        AttributeValue.fromB(
                                software.amazon.awssdk.core.SdkBytes.fromUtf8String("b")));
        assertEquals(last, codec.decode(fingerprint, codec.encode(fingerprint, last)));
    }

    @Test
    void batchGetAndTransaction() {
        assertEquals(BatchGetItemRequest.builder().requestItems(Map.of("t",
                KeysAndAttributes.builder()
                        .keys(List.of(TableOperationsTest.key("A", "1"))).consistentRead(true)
                                .build())).build(),
                BatchGetOperation.request("t", List.of(TableOperationsTest.key("A", "1")), true));
        PreparedWrite put = WritePlanner.put(PutSpec.of(TableOperationsTest.item("A", "1", "X")),
                KEYS, NOW);
        TransactWriteItemsRequest expected = TransactWriteItemsRequest.builder()
                .transactItems(TransactWriteItem.builder().put(Put.builder().tableName("t")
                        .item(TableOperationsTest.item("A", "1", "X")).build()).build())
                .clientRequestToken("token-1")
                .build();
        assertEquals(expected, TransactWriteOperation.request("t", List.of(new Action(Kind.PUT,
                put)), "token-1"));
    }
}
