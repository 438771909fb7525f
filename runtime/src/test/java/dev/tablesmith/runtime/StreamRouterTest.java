package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tablesmith.runtime.stream.StreamEvent;
import dev.tablesmith.runtime.stream.StreamRouter;
import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Stream records read from DynamoDB Local's stream, routed by entity type. */
@ExtendWith(DynamoDbLocalExtension.class)
class StreamRouterTest {
    record Order(String id, String status) {
        static Order decode(Map<String, AttributeValue> item) {
            ItemReader r = ItemReader.of(item, "PK", "SK");
            return new Order(r.get("orderId", AttributeCodecs.STRING), r.get("status",
                    AttributeCodecs.STRING));
        }
    }

    private static Map<String, AttributeValue> entity(String type, String pk,
            String... attributes) {
        ItemWriter w = ItemWriter.create().put("PK", AttributeValue.fromS(pk)).put("SK",
                AttributeValue.fromS("A"))
                .put("_type", AttributeValue.fromS(type));
        for (int i = 0; i < attributes.length; i += 2) {
            w.put(attributes[i], AttributeValue.fromS(attributes[i + 1]));
        }
        return w.build();
    }

    private static List<software.amazon.awssdk.services.dynamodb.model.Record> readAll(
            LocalDynamoDb dynamo,
            String table) {
        DynamoDbStreamsClient streams = dynamo.streamsClient();
        String arn = dynamo.client().describeTable(b -> b.tableName(table)).table()
                .latestStreamArn();
        List<software.amazon.awssdk.services.dynamodb.model.Record> records = new ArrayList<>();
        for (Shard shard : streams.describeStream(b -> b.streamArn(arn)).streamDescription()
                .shards()) {
            String iterator = streams.getShardIterator(b -> b.streamArn(arn)
                    .shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            while (iterator != null) {
                String current = iterator;
                GetRecordsResponse page = streams.getRecords(b -> b.shardIterator(current));
                records.addAll(page.records());
                iterator = page.records().isEmpty() ? null : page.nextShardIterator();
            }
        }
        return records;
    }

    @Test
    void recordsBecomeTypedEventsWithImagesAndChangedAttributes(LocalDynamoDb dynamo) {
        String tableName = dynamo.createTable();
        TableOperations table = TableOperations.builder(dynamo.client(), tableName,
                KeyAttributes.of("PK", "SK")).build();
        Map<String, AttributeValue> orderKey = TableOperationsTest.key("ORDER#1", "A");
        table.create(entity("Order", "ORDER#1", "orderId", "1", "status", "NEW", "note", "n"));
        table.update(UpdateSpec.of(orderKey, Update.builder().set("status",
                AttributeValue.fromS("PAID"))
                .remove("note").build()));
        table.create(entity("User", "USER#1", "name", "Ann"));
        table.delete(DeleteSpec.of(orderKey));
        table.create(entity("Audit", "AUDIT#1"));

        List<StreamEvent<Order>> orders = new ArrayList<>();
        List<StreamEvent<String>> users = new ArrayList<>();
        List<StreamEvent<Map<String, AttributeValue>>> unrouted = new ArrayList<>();
        StreamRouter router = StreamRouter.builder("_type")
                .route("Order", Order::decode, orders::add)
                .route("User", image -> image.get("name").s(), users::add)
                .unrouted(unrouted::add)
                .build();
        router.accept(readAll(dynamo, tableName));

        assertEquals(List.of(StreamEvent.Type.INSERT, StreamEvent.Type.MODIFY,
                StreamEvent.Type.REMOVE),
                orders.stream().map(StreamEvent::type).toList());
        StreamEvent<Order> insert = orders.get(0);
        assertEquals(new Order("1", "NEW"), insert.after().orElseThrow());
        assertEquals(Set.of("PK", "SK", "_type", "orderId", "status", "note"),
                insert.changedAttributes());
        StreamEvent<Order> modify = orders.get(1);
        assertEquals(new Order("1", "NEW"), modify.before().orElseThrow());
        assertEquals(new Order("1", "PAID"), modify.after().orElseThrow());
        assertEquals(Set.of("status", "note"), modify.changedAttributes());
        assertEquals(orderKey, modify.keys());
        assertEquals("Order", modify.entityType());
        StreamEvent<Order> remove = orders.get(2);
        assertEquals(new Order("1", "PAID"), remove.before().orElseThrow());
        assertEquals(java.util.Optional.empty(), remove.after());
        assertEquals(List.of("Ann"), users.stream().map(e -> e.after().orElseThrow()).toList());
        assertEquals(1, unrouted.size());
        assertEquals("Audit", unrouted.get(0).entityType());
    }

    @Test
    void routingByPredicateAndHandlerFailuresStopTheBatch(LocalDynamoDb dynamo) {
        String tableName = dynamo.createTable();
        TableOperations table = TableOperations.builder(dynamo.client(), tableName,
                KeyAttributes.of("PK", "SK")).build();
        table.create(entity("X", "ORDER#2", "orderId", "2", "status", "NEW"));
        table.create(entity("X", "ORDER#3", "orderId", "3", "status", "NEW"));
        KeyTemplate orderPk = KeyTemplate.partition("ORDER#<orderId>");
        List<String> seen = new ArrayList<>();
        StreamRouter router = StreamRouter.builder(null)
                .route(image -> orderPk.matches(image.get("PK").s()), Order::decode,
                        (StreamEvent<Order> e) -> {
                    seen.add(e.after().orElseThrow().id());
                    throw new IllegalStateException("handler failed");
                })
                .build();
        assertThrows(IllegalStateException.class, () -> router.accept(readAll(dynamo, tableName)));
        assertEquals(List.of("2"), seen, "the first failure stops the batch");
    }
}
