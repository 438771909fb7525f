package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Sparse index upkeep with the index-key primitives generated update builders use
 * ({@link KeyTemplate#renderIfPresent}, {@link Update.Builder#setOrRemoveKey}), step by step.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class SparseIndexTest {
    private static final KeyTemplate TASK_PK = KeyTemplate.partition("TASK#<taskId>");
    private static final KeyTemplate GSI1_PK = KeyTemplate.partition("ASSIGNEE#<assignee>");
    private static final KeyTemplate GSI1_SK = KeyTemplate.sort("PRIORITY#<priority>#<taskId>");
    private static final KeyAttributes GSI1 = KeyAttributes.of("GSI1PK", "GSI1SK");
    private static final Map<String, AttributeValue> KEY = Map.of(
            "PK", AttributeValue.fromS(TASK_PK.render(KeyValue.text("t-1"))), "SK",
                    AttributeValue.fromS("TASK"));

    private TableOperations table;

    @BeforeEach
    void createTable(LocalDynamoDb dynamo) {
        table = TableOperations.builder(dynamo.client(), dynamo.createTable("GSI1"),
                KeyAttributes.of("PK", "SK")).build();
    }

    /** What a generated update builder does when assignee or priority changes. */
    private Map<String, AttributeValue> assign(String assignee, long priority) {
        Update update = Update.builder()
                .set("assignee", AttributeCodecs.STRING, assignee)
                .set("priority", AttributeCodecs.LONG, priority)
                .setOrRemoveKey("GSI1PK", GSI1_PK.renderIfPresent(KeyValue.text(assignee))
                        .orElse(null))
                .setOrRemoveKey("GSI1SK", GSI1_SK.renderIfPresent(KeyValue.padded(priority, 3),
                        KeyValue.text(assignee == null ? null : "t-1")).orElse(null))
                .build();
        return table.update(UpdateSpec.of(KEY, update).ifExists());
    }

    private List<String> assignedTo(String assignee) {
        List<String> found = new ArrayList<>();
        QuerySpec spec = QuerySpec.index("tasksOf", "GSI1", GSI1,
                GSI1_PK.render(KeyValue.text(assignee)))
                .sort(GSI1_SK.condition());
        table.queryAll(spec).forEach(item -> found.add(item.get("PK").s()));
        return found;
    }

    private List<String> atIndexKey(String pk, String sk) {
        List<String> found = new ArrayList<>();
        table.queryAll(QuerySpec.index("exact", "GSI1", GSI1, pk)
                .sort(SortKeyCondition.equalTo(sk)))
                .forEach(item -> found.add(item.get("PK").s()));
        return found;
    }

    @Test
    void indexEntryAppearsMovesAndDisappearsWithTheOptionalValue() {
        // 1. absent optional value: no index key at all (never "")
        String assignee = null;
        Map<String, AttributeValue> created = table.create(ItemWriter.create()
                .put("PK", KEY.get("PK")).put("SK", KEY.get("SK"))
                .put("assignee", AttributeCodecs.STRING, assignee)
                .putKey("GSI1PK", GSI1_PK.renderIfPresent(KeyValue.text(assignee)).orElse(null))
                .build());
        assertFalse(created.containsKey("GSI1PK"));
        assertFalse(table.get(KEY, true).orElseThrow().containsKey("GSI1SK"));

        // 2. setting it adds the item to the index
        Map<String, AttributeValue> ann = assign("ann", 5);
        assertEquals("ASSIGNEE#ann", ann.get("GSI1PK").s());
        assertEquals("PRIORITY#005#t-1", ann.get("GSI1SK").s());
        assertEquals(List.of("TASK#t-1"), assignedTo("ann"));

        // 3. changing a template attribute of the partition rewrites the key
        assign("bob", 5);
        assertEquals(List.of(), assignedTo("ann"), "the old index key no longer finds it");
        assertEquals(List.of("TASK#t-1"), assignedTo("bob"));

        // 4. changing a template attribute of the sort key rewrites it
        assign("bob", 7);
        assertEquals(List.of(), atIndexKey("ASSIGNEE#bob", "PRIORITY#005#t-1"));
        assertEquals(List.of("TASK#t-1"), atIndexKey("ASSIGNEE#bob", "PRIORITY#007#t-1"));

        // 5. clearing it removes both index keys: the item leaves the index
        Map<String, AttributeValue> cleared = assign(null, 7);
        assertFalse(cleared.containsKey("GSI1PK"));
        assertFalse(cleared.containsKey("GSI1SK"));
        assertFalse(cleared.containsKey("assignee"));
        assertEquals(List.of(), assignedTo("bob"));
        assertEquals(List.of(), atIndexKey("ASSIGNEE#bob", "PRIORITY#007#t-1"));
    }

    @Test
    void oneUpdateSetsRewritesAndRemovesIndexKeysTogether() {
        Update update = Update.builder().setOrRemoveKey("GSI1PK", "ASSIGNEE#x")
                .setOrRemoveKey("GSI1SK", null).set("a", AttributeValue.fromS("b")).build();
        Placeholders p = new Placeholders();
        assertEquals("SET #n0 = :v0, #n1 = :v1 REMOVE #n2", update.render(p));
        assertEquals(Map.of("#n0", "GSI1PK", "#n1", "a", "#n2", "GSI1SK"), p.names());
    }
}
