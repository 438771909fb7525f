package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.orders.data.Order;
import com.example.orders.data.OrdersTable;
import dev.tablesmith.runtime.InvalidKeyException;
import dev.tablesmith.runtime.KeyRange;
import dev.tablesmith.runtime.PageRequest;
import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The generated code, compiled by this build, against DynamoDB Local. */
@ExtendWith(DynamoDbLocalExtension.class)
class OrdersTest {
  @Test
  void createsGetsAndQueriesOrders(LocalDynamoDb dynamo) {
    OrdersTable orders = OrdersTable.builder(dynamo.client()).tableName(dynamo.createTable("GSI1")).build();
    Instant t0 = Instant.parse("2026-11-01T10:00:00Z");
    for (int i = 1; i <= 3; i++) {
      orders.order().create(Order.builder().orderId("o-" + i).customerId("c-1")
          .placedAt(t0.plusSeconds(i * 60L)).total(new BigDecimal(i + "0.00")).build());
    }
    assertEquals(new BigDecimal("20"), orders.getOrder("o-2").orElseThrow().total());
    List<Order> recent = orders.ordersOfCustomer("c-1", KeyRange.after(t0.plusSeconds(60)), PageRequest.first()).items();
    assertEquals(List.of("o-3", "o-2"), recent.stream().map(Order::orderId).toList());
    assertThrows(InvalidKeyException.class, () -> orders.getOrder("x#META"));
  }
}
