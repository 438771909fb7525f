package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.demo.StreamRecords;
import com.example.shop.data.Inventory;
import com.example.shop.data.InventoryKey;
import com.example.shop.data.Order;
import com.example.shop.data.OrderItem;
import com.example.shop.data.OrderKey;
import com.example.shop.data.OrderStatus;
import com.example.shop.data.ShopStreamRouter;
import com.example.shop.data.ShopTable;
import com.example.shop.data.User;
import com.example.shop.data.UserKey;
import com.example.shop.data.UserWithOrders;
import dev.tablesmith.runtime.Cursor;
import dev.tablesmith.runtime.ItemAlreadyExistsException;
import dev.tablesmith.runtime.KeyRange;
import dev.tablesmith.runtime.Page;
import dev.tablesmith.runtime.PageRequest;
import dev.tablesmith.runtime.VersionConflictException;
import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The generated ShopTable against DynamoDB Local: every access pattern returns exactly its
 * items, with decoys of other entity types in the same partitions, items just outside each
 * range bound, and results over several pages.
 */
@ExtendWith(DynamoDbLocalExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopTableTest {
  static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  static final int ORDERS = 45;

  ShopTable shop;
  MutableClock clock = new MutableClock(T0);

  @BeforeAll
  void seed(LocalDynamoDb dynamo) {
    shop = ShopTable.builder(dynamo.client()).tableName(ShopTables.create(dynamo)).clock(clock).build();
    for (String user : List.of("u1", "u2")) {
      shop.user().create(User.builder().userId(user).email(user + "@example.com").build());
    }
    for (int i = 0; i < ORDERS; i++) {
      clock.set(at(i));
      shop.order().create(order("o-" + pad(i), "u1", i % 2 == 0 ? OrderStatus.PENDING : OrderStatus.PAID));
    }
    clock.set(at(5));
    shop.order().create(order("x-1", "u2", OrderStatus.PAID));
    for (int i = 0; i < 3; i++) {
      shop.orderItem().create(OrderItem.builder().orderId("o-01").itemId("i" + i).productId("p" + i)
          .quantity(i + 1).price(new BigDecimal("9.99")).build());
    }
    shop.inventory().create(Inventory.builder().productId("p1").stock(10).build());
  }

  static Order order(String id, String user, OrderStatus status) {
    return Order.builder().orderId(id).userId(user).status(status).total(new BigDecimal("12.50")).build();
  }

  static Instant at(int minute) {
    return T0.plusSeconds(60L * minute);
  }

  static String pad(int i) {
    return String.format("%02d", i);
  }

  @Test
  void getReadsOneOrderAndBatchGetReadsSeveral() {
    Order o = shop.getOrder("o-01").orElseThrow();
    assertEquals("u1", o.userId());
    assertEquals(OrderStatus.PAID, o.status());
    assertEquals(at(1), o.createdAt());
    assertEquals(1L, o.version());
    assertEquals(Optional.empty(), shop.getOrder("o-99"));
    List<Order> batch = shop.getOrderBatch(List.of(OrderKey.of("o-01"), OrderKey.of("o-02"), OrderKey.of("nope")));
    assertEquals(List.of("o-01", "o-02"), batch.stream().map(Order::orderId).sorted().toList());
  }

  @Test
  void orderItemsSkipsTheOrderThatSharesThePartition() {
    Page<OrderItem> items = shop.orderItems("o-01", PageRequest.first());
    assertEquals(List.of("i0", "i1", "i2"), items.items().stream().map(OrderItem::itemId).toList());
    assertEquals(3, shop.orderItemsAll("o-01").count());
  }

  @Test
  void ordersForUserPagesNewestFirstAndNeverReturnsTheUserItem() {
    List<String> seen = new ArrayList<>();
    PageRequest request = PageRequest.first();
    int pages = 0;
    while (true) {
      Page<Order> page = shop.ordersForUser("u1", request);
      pages++;
      assertTrue(page.items().size() <= 20, "page size 20 from the model");
      page.items().forEach(o -> seen.add(o.orderId()));
      Optional<Cursor> next = page.cursor();
      if (next.isEmpty()) {
        break;
      }
      request = PageRequest.after(next.get());
    }
    List<String> expected = IntStream.range(0, ORDERS).map(i -> ORDERS - 1 - i).mapToObj(i -> "o-" + pad(i)).toList();
    assertEquals(expected, seen);
    assertTrue(pages >= 3, "45 orders over pages of 20");
  }

  @Test
  void rangeBoundsMeanWhatTheySayOnTheValue() {
    assertEquals(ids(10, 5), range(KeyRange.between(at(5), at(10))), "inclusive at both ends, though the key continues after the time");
    assertEquals(ids(44, 6), range(KeyRange.after(at(5))), "exclusive lower bound, closed by the ORDER# prefix");
    assertEquals(ids(4, 0), range(KeyRange.before(at(5))));
    assertEquals(ids(5, 0), range(KeyRange.atMost(at(5))), "inclusive upper bound keeps the order at 5");
    assertEquals(ids(44, 40), range(KeyRange.atLeast(at(40))), "one-sided: never the user's PROFILE item");
    assertEquals(ids(44, 0), range(KeyRange.all()));
  }

  private List<String> range(KeyRange<Instant> range) {
    return shop.ordersForUserAll("u1", range).map(Order::orderId).toList();
  }

  private static List<String> ids(int from, int downTo) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i >= downTo; i--) {
      ids.add("o-" + pad(i));
    }
    return ids;
  }

  @Test
  void ordersByStatusFetchesFullOrdersFromTheKeysOnlyIndex() {
    List<Order> paid = new ArrayList<>();
    PageRequest request = PageRequest.first(7);
    while (request != null) {
      Page<Order> page = shop.ordersByStatus(OrderStatus.PAID, request);
      paid.addAll(page.items());
      request = page.cursor().map(PageRequest::after).orElse(null);
    }
    assertEquals(23, paid.size(), "22 paid orders of u1 and one of u2");
    assertTrue(paid.stream().allMatch(o -> o.status() == OrderStatus.PAID && o.total() != null && o.createdAt() != null));
    assertTrue(paid.stream().anyMatch(o -> o.orderId().equals("x-1")));
  }

  @Test
  void userWithOrdersReadsTheUserAndOrdersInOneQuery() {
    UserWithOrders page = shop.userWithOrders("u2", PageRequest.first(100));
    assertEquals(List.of("u2"), page.users().stream().map(User::userId).toList());
    assertEquals(List.of("x-1"), page.orders().stream().map(Order::orderId).toList());
    assertEquals(Optional.empty(), page.next());
  }

  @Test
  void whatCreateAndPutReturnIsWhatAGetReads() {
    // A clock with nanoseconds: the item keeps milliseconds, and so must the returned value.
    clock.set(at(50).plusNanos(123_456_789));
    User created = shop.user().create(User.builder().userId("exact-1").email("e@example.com").build());
    assertEquals(at(50).plusMillis(123), created.createdAt());
    assertEquals(created, shop.user().get(UserKey.of("exact-1"), true).orElseThrow());
    clock.set(at(51).plusNanos(999_999));
    User renamed = shop.user().put(created.toBuilder().name("Ada").build());
    assertEquals(created.createdAt(), renamed.createdAt(), "created stays");
    assertEquals(renamed, shop.user().get(UserKey.of("exact-1"), true).orElseThrow());
    User fresh = shop.user().put(User.builder().userId("exact-2").email("f@example.com")
        .createdAt(at(52).plusNanos(1_500_000)).build());
    assertEquals(at(52).plusMillis(1), fresh.createdAt());
    assertEquals(fresh, shop.user().get(UserKey.of("exact-2"), true).orElseThrow());
    // Orders hold a decimal, whose scale DynamoDB does not keep: their writes read back
    Order order = shop.order().create(Order.builder().orderId("exact-3").userId("u9")
        .status(OrderStatus.PENDING).total(new java.math.BigDecimal("10.50")).build());
    assertEquals(new java.math.BigDecimal("10.5"), order.total());
    assertEquals(order, shop.getOrder("exact-3").orElseThrow());
  }

  @Test
  void aStalePutIsAVersionConflictThatReportsTheCurrentItem() {
    clock.set(at(100));
    Order created = shop.order().create(order("lock-1", "u3", OrderStatus.PENDING));
    Order first = shop.order().put(created.toBuilder().status(OrderStatus.CANCELLED).build());
    assertEquals(2L, first.version());
    VersionConflictException conflict = assertThrows(VersionConflictException.class,
        () -> shop.order().put(created.toBuilder().status(OrderStatus.SHIPPED).build()));
    assertEquals(1L, conflict.expectedVersion());
    assertEquals(2L, conflict.actualVersion());
    assertEquals("CANCELLED", conflict.currentItem().orElseThrow().get("status").s());
    assertEquals(OrderStatus.CANCELLED, shop.getOrder("lock-1").orElseThrow().status());
  }

  @Test
  void aStatusChangeRewritesTheGsi2Key() {
    clock.set(at(200));
    Order created = shop.order().create(order("move-1", "u4", OrderStatus.PENDING));
    assertTrue(status(OrderStatus.PENDING).contains("move-1"));
    shop.order().put(created.toBuilder().status(OrderStatus.SHIPPED).build());
    assertTrue(!status(OrderStatus.PENDING).contains("move-1"), "the old GSI2 key no longer finds it");
    assertEquals(List.of("move-1"), status(OrderStatus.SHIPPED));
  }

  @Test
  void anUpdateOfUserIdMovesTheOrderToTheNewUsersGsi1Partition() {
    clock.set(at(300));
    shop.order().create(order("move-2", "u5", OrderStatus.PENDING));
    shop.order().update(OrderKey.of("move-2")).userId("u6").execute();
    assertEquals(List.of(), shop.ordersForUserAll("u5", KeyRange.all()).map(Order::orderId).toList(),
        "the old GSI1 key no longer finds it");
    assertEquals(List.of("move-2"), shop.ordersForUserAll("u6", KeyRange.all()).map(Order::orderId).toList());
    Order moved = shop.getOrder("move-2").orElseThrow();
    assertEquals("u6", moved.userId());
    assertEquals(2L, moved.version(), "updates increment the version too");
  }

  private List<String> status(OrderStatus status) {
    return shop.ordersByStatus(status, PageRequest.first(1000)).items().stream().map(Order::orderId).toList();
  }

  @Test
  void createRefusesAnExistingKeyAndReportsTheCurrentItem() {
    ItemAlreadyExistsException taken = assertThrows(ItemAlreadyExistsException.class,
        () -> shop.user().create(User.builder().userId("u1").email("other@example.com").build()));
    assertEquals("u1@example.com", taken.currentItem().orElseThrow().get("email").s());
  }

  /** The README's example of the generated API, verbatim (ReadmeTest checks it is). */
  @Test
  void readmeExample(LocalDynamoDb dynamo) {
    DynamoDbClient client = dynamo.client();
    String tableName = ShopTables.create(dynamo);
    Instant since = Instant.now().minusSeconds(3600);
    ShopTable shop = ShopTable.builder(client).tableName(tableName).build();
    shop.order().create(Order.builder().orderId("o-1").userId("u-1")
        .status(OrderStatus.PENDING).total(new BigDecimal("12.50")).build());
    Order order = shop.getOrder("o-1").orElseThrow();
    Page<Order> recent = shop.ordersForUser("u-1", KeyRange.atLeast(since), PageRequest.first());
    Order paid = shop.order().put(order.toBuilder().status(OrderStatus.PAID).build());
    assertEquals(List.of(order), recent.items());
    assertEquals(2L, paid.version());
    assertEquals(List.of(paid), shop.ordersByStatus(OrderStatus.PAID, PageRequest.first()).items());
  }

  @Test
  void readmeUpdatesTransactionsAndStreams(LocalDynamoDb dynamo) {
    String tableName = ShopTables.create(dynamo);
    ShopTable shop = ShopTable.builder(dynamo.client()).tableName(tableName).build();
    shop.order().create(Order.builder().orderId("o-1").userId("u-1")
        .status(OrderStatus.PAID).total(new BigDecimal("12.50")).build());
    shop.inventory().create(Inventory.builder().productId("p-1").stock(3).build());
    List<String> seen = new ArrayList<>();
    Order shipped = shop.order().update(OrderKey.of("o-1"))
        .status(OrderStatus.SHIPPED)     // rewrites GSI2PK: STATUS#PAID -> STATUS#SHIPPED
        .expectVersion(1)                // else VersionConflictException with the current item
        .execute();
    shop.transaction()
        .create(Order.builder().orderId("o-2").userId("u-1").status(OrderStatus.PENDING)
            .total(new BigDecimal("5.00")).build())
        .update(InventoryKey.of("p-1"), u -> u.addStock(-2).when(Inventory.STOCK.atLeast(2L)))
        .execute();                      // TransactionFailedException names the failed action
    ShopStreamRouter router = ShopStreamRouter.builder()
        .onOrderModified(e -> seen.add(e.before().orElseThrow().status() + " -> " + e.after().orElseThrow().status()))
        .build();
    router.accept(StreamRecords.read(dynamo, tableName)); // the records a Lambda receives
    assertEquals(OrderStatus.SHIPPED, shipped.status());
    assertEquals(List.of(shipped), shop.ordersByStatus(OrderStatus.SHIPPED, PageRequest.first()).items());
    assertEquals(1L, shop.inventory().get(InventoryKey.of("p-1"), true).orElseThrow().stock());
    assertEquals(List.of("PAID -> SHIPPED"), seen);
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
