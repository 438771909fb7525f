package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.runtime.internal.PreparedWrite;
import dev.tablesmith.runtime.internal.SingleWriteOperation;
import dev.tablesmith.runtime.internal.WritePlanner;
import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.FaultInjectingHttpClient;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

@ExtendWith(DynamoDbLocalExtension.class)
class ExpressionTest {
    private static final List<String> ODD_NAMES = List.of("a.b", "a-b", "a_b", "a#b", "#x", ":y",
            "with space", " lead", "ünïcödé", "名前", "emoji😀", "a.b.c[0]", "$x", "set", "remove");

    private FaultInjectingHttpClient http;
    private DynamoDbClient client;
    private TableOperations table;

    @BeforeEach
    void createTable(LocalDynamoDb dynamo) {
        http = FaultInjectingHttpClient.wrap(dynamo.httpClient());
        client = dynamo.clientBuilder(http).build();
        table = TableOperations.builder(client, dynamo.createTable(), KeyAttributes.of("PK", "SK"))
                .build();
    }

    @AfterEach
    void close() {
        client.close();
        http.close();
    }

    static List<String> reservedWords() throws IOException {
        String name = "/dynamodb-reserved-words.txt";
        try (InputStream in = ExpressionTest.class.getResourceAsStream(name)) {
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim()
                    .split("\\s+"));
        }
    }

    @Test
    void everyReservedWordAndOddNameWorksInUpdatesConditionsAndFilters() throws IOException {
        List<String> names = new ArrayList<>(reservedWords());
        assertEquals(573, names.size());
        names.addAll(ODD_NAMES);
        for (int start = 0; start < names.size(); start += 100) {
            List<String> chunk = names.subList(start, Math.min(names.size(), start + 100));
            Update.Builder update = Update.builder();
            List<Condition> absent = new ArrayList<>();
            for (String name : chunk) {
                update.set(name, AttributeValue.fromS("v:" + name));
                absent.add(Condition.notExists(name));
            }
            table.update(UpdateSpec.of(TableOperationsTest.key("A", "1"), update.build())
                    .when(Condition.and(absent.toArray(Condition[]::new))));
        }
        Map<String, AttributeValue> item = table.get(TableOperationsTest.key("A", "1"), true)
                .orElseThrow();
        for (String name : names) {
            assertEquals("v:" + name, item.get(name).s(), name);
        }
        assertEquals(names.size() + 2, item.size());
        Condition allOdd = Condition.and(ODD_NAMES.stream()
                .map(n -> Condition.eq(n, AttributeValue.fromS("v:" + n)))
                        .toArray(Condition[]::new));
        QuerySpec query = QuerySpec.table("odd", table.keys(), "A").filter(allOdd);
        assertEquals(1, table.query(query, PageRequest.first()).items().size());
        QuerySpec miss = query.filter(Condition.eq("a-b", AttributeValue.fromS("v:a_b")));
        assertEquals(0, table.query(miss, PageRequest.first()).items().size());
    }

    @Test
    void placeholdersArePositionalSoSimilarNamesStayDistinct() {
        Update update = Update.builder().set("a-b", AttributeValue.fromS("dash"))
                .set("a_b", AttributeValue.fromS("underscore")).remove("a-b.c").build();
        Placeholders p = new Placeholders();
        assertEquals("SET #n0 = :v0, #n1 = :v1 REMOVE #n2", update.render(p));
        assertEquals(Map.of("#n0", "a-b", "#n1", "a_b", "#n2", "a-b.c"), p.names());
        Map<String, AttributeValue> after = table.update(UpdateSpec.of(TableOperationsTest.key("A",
                "1"), update));
        assertEquals("dash", after.get("a-b").s());
        assertEquals("underscore", after.get("a_b").s());
    }

    @Test
    void updateRequestEqualsTheHandBuiltSdkRequest() {
        UpdateSpec spec = UpdateSpec.of(TableOperationsTest.key("A", "1"),
                Update.builder().set("status", AttributeValue.fromS("PAID")).build())
                .when(Condition.eq("status", AttributeValue.fromS("NEW")));
        PreparedWrite write = WritePlanner.update(spec, KeyAttributes.of("PK", "SK"),
                Instant.EPOCH);
        UpdateItemRequest expected = UpdateItemRequest.builder().tableName("t")
                .key(TableOperationsTest.key("A", "1"))
                .updateExpression("SET #n0 = :v0")
                .conditionExpression("#n0 = :v1")
                .expressionAttributeNames(Map.of("#n0", "status"))
                .expressionAttributeValues(Map.of(":v0", AttributeValue.fromS("PAID"), ":v1",
                        AttributeValue.fromS("NEW")))
                .returnValues(ReturnValue.ALL_NEW)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();
        assertEquals(expected, SingleWriteOperation.update("t", write));
    }

    private static Condition orOfEquals(int count) {
        List<Condition> terms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            terms.add(Condition.eq("n" + (i % 7), AttributeValue.fromN(Integer.toString(i))));
        }
        return Condition.or(terms.toArray(Condition[]::new));
    }

    @Test
    void threeHundredOperatorsAreSentAndThreeHundredOneAreRefusedBeforeSending() {
        table.put(PutSpec.of(TableOperationsTest.item("A", "1", "x")));
        Condition at300 = Condition.not(orOfEquals(150));
        assertEquals(300, at300.operatorCount());
        Condition at301 = orOfEquals(151);
        assertEquals(301, at301.operatorCount());
        int before = http.attempts("PutItem");
        // 300 reaches DynamoDB Local, which evaluates it (no n0..n6 attribute: NOT(OR) holds)
        table.put(PutSpec.of(TableOperationsTest.item("A", "1", "y")).when(at300));
        assertEquals(before + 1, http.attempts("PutItem"));
        ExpressionLimitException e = assertThrows(ExpressionLimitException.class,
                () -> table.put(PutSpec.of(TableOperationsTest.item("A", "1", "z")).when(at301)));
        assertEquals("ConditionExpression has 301 operators and functions,"
                + " over DynamoDB's limit of 300;"
                + " split the write or simplify the condition", e.getMessage());
        assertEquals(before + 1, http.attempts("PutItem"), "refused before sending");
    }

    @Test
    void expressionsOver4KbAreRefusedBeforeSending() {
        Update.Builder update = Update.builder();
        int actions = 0;
        Placeholders p = new Placeholders();
        while (update.build().render(new Placeholders()).length() <= 4096) {
            update.set("attribute" + actions, AttributeValue.fromN(Integer.toString(actions)));
            actions++;
        }
        Update over = update.build();
        assertTrue(over.render(p).length() > 4096);
        ExpressionLimitException e = assertThrows(ExpressionLimitException.class,
                () -> table.update(UpdateSpec.of(TableOperationsTest.key("A", "1"), over)));
        assertTrue(e.getMessage().startsWith("UpdateExpression is 41"), e.getMessage());
        assertEquals(0, http.attempts("UpdateItem"));
        Update.Builder fits = Update.builder();
        for (int i = 0; i < actions - 1; i++) {
            fits.set("attribute" + i, AttributeValue.fromN(Integer.toString(i)));
        }
        assertEquals(actions - 1, table.update(UpdateSpec.of(TableOperationsTest.key("A", "1"),
                fits.build())).size() - 2);
    }
}
