package com.example.demo;

import com.example.shop.ShopTables;
import com.example.shop.data.Inventory;
import com.example.shop.data.InventoryKey;
import com.example.shop.data.Order;
import com.example.shop.data.OrderItem;
import com.example.shop.data.OrderKey;
import com.example.shop.data.OrderStatus;
import com.example.shop.data.ShopStreamRouter;
import com.example.shop.data.ShopTable;
import com.example.shop.data.User;
import com.example.shop.data.UserWithOrders;
import dev.tablesmith.runtime.KeyRange;
import dev.tablesmith.runtime.Page;
import dev.tablesmith.runtime.PageRequest;
import dev.tablesmith.runtime.TransactionFailedException;
import dev.tablesmith.runtime.VersionConflictException;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The demo the README's first command runs: the generated ShopTable against an embedded DynamoDB
 * Local, through every access pattern of shop.tablesmith.yaml, an optimistic-lock conflict, a
 * failing inventory transaction, a GSI key rewritten by an update, and the table's stream read
 * back as typed events. Prints a transcript.
 */
public final class ShopDemo {
  private final PrintStream out;
  private final LocalDynamoDb dynamo;
  private final ShopTable shop;

  private ShopDemo(PrintStream out, LocalDynamoDb dynamo) {
    this.out = out;
    this.dynamo = dynamo;
    Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    this.shop = ShopTable.builder(dynamo.client()).tableName(ShopTables.create(dynamo)).clock(clock).build();
  }

  /** Runs the demo on a fresh DynamoDB Local. @param args none */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (LocalDynamoDb dynamo = LocalDynamoDb.start()) {
      new ShopDemo(out, dynamo).run();
    }
  }

  /** Runs the demo against {@code dynamo}, printing to {@code out}. */
  static void run(PrintStream out, LocalDynamoDb dynamo) {
    new ShopDemo(out, dynamo).run();
  }

  private void run() {
    out.println("tablesmith demo: the Shop model (examples/src/main/tablesmith/shop.tablesmith.yaml)");
    out.println("on DynamoDB Local, table " + shop.tableName() + " (PK/SK, GSI1, GSI2 keys-only)");
    seed();
    patterns();
    optimisticLock();
    statusUpdate();
    inventoryTransaction();
    stream();
    out.println();
    out.println("done.");
  }

  private void step(String title) {
    out.println();
    out.println("== " + title);
  }

  private void seed() {
    step("seed");
    shop.user().create(User.builder().userId("u-1").email("ada@example.com").name("Ada").build());
    shop.user().create(User.builder().userId("u-2").email("bob@example.com").build());
    for (int i = 1; i <= 4; i++) {
      shop.order().create(Order.builder().orderId("o-" + i).userId(i <= 3 ? "u-1" : "u-2")
          .status(i % 2 == 0 ? OrderStatus.PAID : OrderStatus.PENDING).total(new BigDecimal(i + "0.00")).build());
    }
    shop.orderItem().create(OrderItem.builder().orderId("o-1").itemId("i-1").productId("p-1").quantity(2)
        .price(new BigDecimal("5.00")).build());
    shop.orderItem().create(OrderItem.builder().orderId("o-1").itemId("i-2").productId("p-2").quantity(1)
        .price(new BigDecimal("10.00")).build());
    shop.inventory().create(Inventory.builder().productId("p-1").stock(3).build());
    out.println("2 users, 4 orders, 2 order items of o-1, stock 3 of p-1");
  }

  private void patterns() {
    step("getOrder(\"o-1\")   GetItem table  PK = \"ORDER#o-1\" AND SK = \"METADATA\"");
    Order o1 = shop.getOrder("o-1").orElseThrow();
    out.println(describe(o1));
    step("orderItems(\"o-1\")   Query table  PK = \"ORDER#o-1\" AND begins_with(SK, \"ITEM#\")");
    shop.orderItemsAll("o-1").forEach(i -> out.println(i.itemId() + ": " + i.quantity() + " x " + i.productId()
        + " at " + i.price()));
    step("ordersForUser(\"u-1\", atLeast 2026-11-01)   Query GSI1, newest first, pages of 2");
    KeyRange<Instant> since = KeyRange.atLeast(Instant.parse("2026-11-01T00:00:00Z"));
    Page<Order> first = shop.ordersForUser("u-1", since, PageRequest.first(2));
    out.println("page 1: " + ids(first.items()) + (first.hasMore() ? ", more" : ""));
    Page<Order> second = shop.ordersForUser("u-1", since, PageRequest.of(2, first.cursor().orElseThrow()));
    out.println("page 2: " + ids(second.items()));
    step("ordersByStatus(PAID)   Query GSI2 (keys only), then BatchGetItem of the full orders");
    shop.ordersByStatus(OrderStatus.PAID, PageRequest.first()).items().forEach(o -> out.println(describe(o)));
    step("userWithOrders(\"u-1\")   one Query on GSI1, items sorted by entity");
    UserWithOrders c = shop.userWithOrders("u-1", PageRequest.first());
    out.println("users: " + c.users().stream().map(User::name).toList() + ", orders: " + ids(c.orders()));
  }

  private void optimisticLock() {
    step("optimistic locking: two writers read o-3 at version 1");
    Order read = shop.getOrder("o-3").orElseThrow();
    Order paid = shop.order().put(read.toBuilder().status(OrderStatus.PAID).build());
    out.println("writer 1 marks it PAID: version " + paid.version());
    try {
      shop.order().put(read.toBuilder().status(OrderStatus.CANCELLED).build());
      out.println("writer 2 overwrote it: THIS IS A BUG");
    } catch (VersionConflictException e) {
      out.println("writer 2 is refused: expected version " + e.expectedVersion() + ", stored version "
          + e.actualVersion() + ", current status " + e.currentItem().orElseThrow().get("status").s());
    }
  }

  private void statusUpdate() {
    step("update o-1 PENDING -> SHIPPED rewrites its GSI2 key");
    out.println("PENDING before: " + ids(shop.ordersByStatus(OrderStatus.PENDING, PageRequest.first()).items()));
    Order shipped = shop.order().update(OrderKey.of("o-1")).status(OrderStatus.SHIPPED).expectVersion(1).execute();
    out.println("updated: " + describe(shipped));
    out.println("PENDING after:  " + ids(shop.ordersByStatus(OrderStatus.PENDING, PageRequest.first()).items()));
    out.println("SHIPPED after:  " + ids(shop.ordersByStatus(OrderStatus.SHIPPED, PageRequest.first()).items()));
  }

  private void inventoryTransaction() {
    step("transaction: order 5 of p-1 while the stock is 3");
    try {
      shop.transaction()
          .create(Order.builder().orderId("o-5").userId("u-2").status(OrderStatus.PENDING)
              .total(new BigDecimal("25.00")).build())
          .update(InventoryKey.of("p-1"), u -> u.addStock(-5).when(Inventory.STOCK.atLeast(5L)))
          .execute();
      out.println("the transaction went through: THIS IS A BUG");
    } catch (TransactionFailedException e) {
      e.failures().forEach(f -> out.println("refused: action " + f.index() + " (" + f.key() + ") "
          + f.code() + "; current stock " + (f.currentItem() == null ? "?" : f.currentItem().get("stock").n())));
      out.println("o-5 exists: " + shop.getOrder("o-5").isPresent() + "; stock of p-1: "
          + shop.inventory().get(InventoryKey.of("p-1"), true).orElseThrow().stock());
    }
  }

  private void stream() {
    step("the table's stream, routed as typed events");
    ShopStreamRouter router = ShopStreamRouter.builder()
        .onUserInserted(e -> out.println("INSERT User " + e.after().orElseThrow().userId()))
        .onOrderInserted(e -> out.println("INSERT Order " + e.after().orElseThrow().orderId()))
        .onOrderModified(e -> out.println("MODIFY Order " + e.after().orElseThrow().orderId() + ": "
            + e.before().orElseThrow().status() + " -> " + e.after().orElseThrow().status()))
        .onOrderItemInserted(e -> out.println("INSERT OrderItem " + e.after().orElseThrow().itemId()))
        .onInventoryInserted(e -> out.println("INSERT Inventory " + e.after().orElseThrow().productId()))
        .build();
    router.accept(StreamRecords.read(dynamo, shop.tableName()));
  }

  private static String describe(Order o) {
    return "Order " + o.orderId() + " of " + o.userId() + ": " + o.status() + ", " + o.total() + " (version "
        + o.version() + ", created " + o.createdAt() + ")";
  }

  private static String ids(List<Order> orders) {
    return orders.stream().map(Order::orderId).collect(Collectors.joining(", ", "[", "]"));
  }
}
