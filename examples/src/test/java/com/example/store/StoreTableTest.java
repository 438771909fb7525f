package com.example.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.store.data.Address;
import com.example.store.data.Order;
import com.example.store.data.OrderCodec;
import com.example.store.data.OrderItem;
import com.example.store.data.OrderStatus;
import com.example.store.data.StoreTable;
import com.example.store.data.User;
import com.example.store.data.UserCodec;
import com.example.store.data.UserWithOrders;
import dev.tablesmith.runtime.ItemDecodeException;
import dev.tablesmith.runtime.KeyRange;
import dev.tablesmith.runtime.UnknownEnumValueException;
import dev.tablesmith.runtime.PageRequest;
import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The generated StoreTable against DynamoDB Local: a plain-attribute index on email (values that
 * would be refused in a key template are fine as the key itself), a date range over a constant
 * partition, a filter, and an item collection.
 */
@ExtendWith(DynamoDbLocalExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreTableTest {
  static final LocalDate DAY = LocalDate.parse("2026-04-10");

  StoreTable store;

  @BeforeAll
  void seed(LocalDynamoDb dynamo) {
    String table = dynamo.createTable(request -> request
        .attributeDefinitions(string("pk"), string("sk"), string("email"), string("gsi2pk"), string("orderDate"))
        .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
        .globalSecondaryIndexes(
            GlobalSecondaryIndex.builder().indexName("byEmail").keySchema(key("email", KeyType.HASH))
                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build(),
            GlobalSecondaryIndex.builder().indexName("byDate")
                .keySchema(key("gsi2pk", KeyType.HASH), key("orderDate", KeyType.RANGE))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
    store = StoreTable.builder(dynamo.client()).tableName(table).build();
    store.user().create(User.builder().userId("u1").email("ada#1@example.com").fullName("Ada")
        .addresses(List.of(Address.builder().street("1 High St").city("London").zip("N1").build())).build());
    store.user().create(User.builder().userId("u2").email("bob@example.com").fullName("Bob")
        .addresses(List.of()).build());
    for (int i = 0; i < 10; i++) {
      store.order().create(Order.builder().orderId("o" + i).userId(i < 7 ? "u1" : "u2").orderDate(DAY.plusDays(i))
          .status(OrderStatus.PLACED).amount(BigDecimal.TEN).build());
    }
    for (int q = 1; q <= 8; q++) {
      store.orderItem().create(OrderItem.builder().orderId("o1").itemId("i" + q).productName("thing " + q)
          .quantity(q).price(BigDecimal.ONE).build());
    }
  }

  static AttributeDefinition string(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  @Test
  void aBadEmbeddedValueNamesTheItemTheAttributeAndTheField() {
    Map<String, AttributeValue> item = new HashMap<>(UserCodec.encode(User.builder().userId("u9")
        .email("e@example.com").fullName("Eve").addresses(List.of()).build()));
    item.put("addresses", AttributeValue.fromL(List.of(AttributeValue.fromS("1 High St"))));
    assertEquals("item {pk=USER#u9, sk=USER#u9}, attribute 'addresses': expected M but found S",
        assertThrows(ItemDecodeException.class, () -> UserCodec.decode(item)).getMessage());
    item.put("addresses", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(
        "street", AttributeValue.fromS("1 High St"), "zip", AttributeValue.fromS("N1"))))));
    assertEquals("item {pk=USER#u9, sk=USER#u9}, attribute 'addresses': field 'city' is missing",
        assertThrows(ItemDecodeException.class, () -> UserCodec.decode(item)).getMessage());
    item.put("addresses", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(
        "street", AttributeValue.fromS("1 High St"), "city", AttributeValue.fromN("7"),
        "zip", AttributeValue.fromS("N1"))))));
    assertEquals("item {pk=USER#u9, sk=USER#u9}, attribute 'addresses': field 'city': expected S"
        + " but found N", assertThrows(ItemDecodeException.class, () -> UserCodec.decode(item))
        .getMessage());
  }

  @Test
  void aBadEntityAttributeNamesTheItemAndTheAttribute() {
    Map<String, AttributeValue> item = new HashMap<>(OrderCodec.encode(Order.builder().orderId("o9")
        .userId("u9").orderDate(DAY).status(OrderStatus.SHIPPED).amount(BigDecimal.ONE).build()));
    Order order = OrderCodec.decode(item);
    assertEquals(OrderStatus.SHIPPED, order.status());
    item.remove("userId");
    assertEquals("item {pk=USER#u9, sk=ORDER#o9}, attribute 'userId': is missing",
        assertThrows(ItemDecodeException.class, () -> OrderCodec.decode(item)).getMessage());
    item.put("userId", AttributeValue.fromNul(true));
    assertEquals("item {pk=USER#u9, sk=ORDER#o9}, attribute 'userId': is missing",
        assertThrows(ItemDecodeException.class, () -> OrderCodec.decode(item)).getMessage());
    item.put("userId", AttributeValue.fromS("u9"));
    item.put("amount", AttributeValue.fromS("one"));
    assertEquals("item {pk=USER#u9, sk=ORDER#o9}, attribute 'amount': expected N but found S",
        assertThrows(ItemDecodeException.class, () -> OrderCodec.decode(item)).getMessage());
    item.put("amount", AttributeValue.fromN("1"));
    item.put("status", AttributeValue.fromS("lost"));
    UnknownEnumValueException unknown =
        assertThrows(UnknownEnumValueException.class, () -> OrderCodec.decode(item));
    assertEquals("item {pk=USER#u9, sk=ORDER#o9}, attribute 'status': unknown OrderStatus value"
        + " 'lost'", unknown.getMessage());
    assertEquals("lost", unknown.storedValue());
    item.put("status", AttributeValue.fromS("shipped"));
    assertEquals(order, OrderCodec.decode(item));
  }

  @Test
  void anEmbeddedFieldStoredWithoutItsValueReadsAsItsDefault() {
    Map<String, AttributeValue> item = new HashMap<>(UserCodec.encode(User.builder().userId("u8")
        .email("d@example.com").fullName("Dan").addresses(List.of(Address.builder().street("2 Low Rd")
            .city("Leeds").zip("LS1").country("IE").build())).build()));
    assertEquals("IE", UserCodec.decode(item).addresses().get(0).country());
    item.put("addresses", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(
        "street", AttributeValue.fromS("2 Low Rd"), "city", AttributeValue.fromS("Leeds"),
        "zip", AttributeValue.fromS("LS1"))))));
    assertEquals(Address.builder().street("2 Low Rd").city("Leeds").zip("LS1").country("GB").build(),
        UserCodec.decode(item).addresses().get(0));
    item.put("addresses", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(
        "street", AttributeValue.fromS("2 Low Rd"), "city", AttributeValue.fromS("Leeds"),
        "zip", AttributeValue.fromS("LS1"), "country", AttributeValue.fromNul(true))))));
    assertEquals("GB", UserCodec.decode(item).addresses().get(0).country());
  }

  @Test
  void userByEmailReadsThePlainAttributeIndexAndFetchesTheUser() {
    List<User> found = store.userByEmail("ada#1@example.com", PageRequest.first()).items();
    assertEquals(1, found.size());
    User ada = found.get(0);
    assertEquals("Ada", ada.fullName());
    assertEquals("London", ada.addresses().get(0).city());
    assertEquals(List.of(), store.userByEmail("nobody@example.com", PageRequest.first()).items());
  }

  @Test
  void ordersByDateRangesOverTheDateSortKey() {
    assertEquals(List.of("o2", "o3", "o4"), ids(KeyRange.between(DAY.plusDays(2), DAY.plusDays(4))));
    assertEquals(List.of("o8", "o9"), ids(KeyRange.after(DAY.plusDays(7))));
    assertEquals(List.of("o0"), ids(KeyRange.before(DAY.plusDays(1))));
    assertEquals(10, store.ordersByDate(PageRequest.first(100)).items().size());
  }

  private List<String> ids(KeyRange<LocalDate> range) {
    return store.ordersByDateAll(range).map(Order::orderId).toList();
  }

  @Test
  void ordersForUserAndOrderLinesReadOnePartitionEach() {
    assertEquals(List.of("o7", "o8", "o9"), store.ordersForUserAll("u2").map(Order::orderId).toList(),
        "the user item in the same partition is not an order");
    assertEquals(8, store.orderLines("o1", PageRequest.first(100)).items().size());
    assertEquals(List.of(), store.orderLines("o2", PageRequest.first()).items());
  }

  @Test
  void updatesRewriteThePlainEmailKeyAndTheDateKey() {
    store.user().create(User.builder().userId("u9").email("old@example.com").fullName("Nine")
        .addresses(List.of()).build());
    store.user().update(com.example.store.data.UserKey.of("u9")).email("new@example.com").execute();
    assertEquals(List.of(), store.userByEmail("old@example.com", PageRequest.first()).items());
    assertEquals(List.of("u9"), store.userByEmail("new@example.com", PageRequest.first()).items().stream()
        .map(User::userId).toList());
    store.order().create(Order.builder().orderId("o99").userId("u9").orderDate(DAY.minusDays(30))
        .status(OrderStatus.PLACED).amount(BigDecimal.ONE).build());
    store.order().update(com.example.store.data.OrderKey.of("u9", "o99")).orderDate(DAY.plusDays(100)).execute();
    assertEquals(List.of(), ids(KeyRange.atMost(DAY.minusDays(1))), "the old date no longer finds it");
    assertEquals(List.of("o99"), ids(KeyRange.atLeast(DAY.plusDays(50))));
  }

  @Test
  void bulkOrderLinesFiltersOnQuantity() {
    List<Integer> quantities = store.bulkOrderLinesAll("o1", 6).map(OrderItem::quantity).sorted().toList();
    assertEquals(List.of(6, 7, 8), quantities);
  }

  @Test
  void userWithOrdersSortsOnePartitionIntoTheUserAndTheirOrders() {
    UserWithOrders c = store.userWithOrders("u2", PageRequest.first(100));
    assertEquals(List.of("Bob"), c.users().stream().map(User::fullName).toList());
    assertEquals(List.of("o7", "o8", "o9"), c.orders().stream().map(Order::orderId).toList());
    assertTrue(store.getUser("u2").isPresent());
  }
}
