package dev.tablesmith.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The bundled example models check clean (but for intended warnings) and plan as documented. */
class ExamplesTest {
  static final String SHOP = "../examples/src/main/tablesmith/shop.tablesmith.yaml";
  static final String STORE = "../examples/src/main/tablesmith/store.tablesmith.yaml";

  @Test
  void shopChecksClean() {
    Cli run = Cli.run("check", SHOP);
    assertEquals("", run.out());
    assertEquals("checked 1 model: 0 errors, 0 warnings\n", run.err());
    assertEquals(0, run.exitCode());
  }

  @Test
  void storeChecksCleanButForItsIntendedWarnings() {
    Cli run = Cli.run("check", STORE);
    assertEquals(STORE + ":38:28: warning [TS314] Order on index byDate puts every item in one"
        + " partition (gsi2pk = \"ORDERS\"), which DynamoDB caps at 1,000 writes and 3,000 reads"
        + " per second\n"
        + "    shard it: add an attribute with a few values (say shard: { type: int } from 0 to 9),"
        + " write a random one, use \"ORDERS#<shard>\", and query each shard\n"
        + STORE + ":83:15: warning [TS506] pattern bulkOrderLines filters on quantity: DynamoDB"
        + " reads, and bills, every item the key condition matches, then drops those the filter"
        + " rejects\n", run.out());
    assertEquals(0, run.exitCode());
  }

  @Test
  void shopPlansEveryPatternOnTheExpectedIndex() {
    Cli run = Cli.run("plan", SHOP);
    assertEquals("""
        getOrder        GetItem  table  PK = "ORDER#<orderId>" AND SK = "METADATA"
        orderItems      Query    table  PK = "ORDER#<orderId>" AND begins_with(SK, "ITEM#")  [picked; page 25]
        ordersForUser   Query    GSI1   GSI1PK = "USER#<userId>" AND begins_with(GSI1SK, "ORDER#")  [picked; range createdAt; desc; page 20]
        ordersByStatus  Query    GSI2   GSI2PK = "STATUS#<status>" AND begins_with(GSI2SK, "ORDER#")  [pinned; page 25; fetch]
        userWithOrders  Query    GSI1   GSI1PK = "USER#<userId>"  [picked; collection User, Order; page 25]
        """, run.out());
    assertEquals("", run.err());
    assertEquals(0, run.exitCode());
  }

  @Test
  void storePlansPlainAttributeAndConstantPartitionIndexes() {
    Cli run = Cli.run("plan", STORE);
    assertEquals("""
        getUser         GetItem  table    pk = "USER#<userId>" AND sk = "USER#<userId>"
        userByEmail     Query    byEmail  email = "<email>"  [picked; page 25; fetch]
        ordersForUser   Query    table    pk = "USER#<userId>" AND begins_with(sk, "ORDER#")  [picked; page 25]
        userWithOrders  Query    table    pk = "USER#<userId>"  [picked; collection User, Order; page 25]
        ordersByDate    Query    byDate   gsi2pk = "ORDERS"  [picked; range orderDate; page 25]
        orderLines      Query    table    pk = "ORDER#<orderId>" AND begins_with(sk, "ITEM#")  [picked; page 25]
        bulkOrderLines  Query    table    pk = "ORDER#<orderId>" AND begins_with(sk, "ITEM#")  [picked; filter quantity; page 25]
        """, run.out());
    assertEquals(0, run.exitCode());
  }

  @Test
  void planJsonCarriesWhatToolsNeed() throws Exception {
    Cli run = Cli.run("plan", "--format", "json", SHOP);
    JsonNode plan = new ObjectMapper().readTree(run.out());
    assertEquals(5, plan.size());
    JsonNode orders = plan.get(2);
    assertEquals("ordersForUser", orders.get("pattern").asText());
    assertEquals("Query", orders.get("operation").asText());
    assertEquals("GSI1", orders.get("index").asText());
    assertEquals("picked", orders.get("indexChoice").asText());
    assertEquals("GSI1PK = \"USER#<userId>\" AND begins_with(GSI1SK, \"ORDER#\")",
        orders.get("keyCondition").asText());
    assertEquals("createdAt", orders.get("range").get("attribute").asText());
    assertEquals("ORDER#", orders.get("range").get("prefix").asText());
    assertEquals("desc", orders.get("order").asText());
    assertEquals(20, orders.get("pageSize").asInt());
    assertEquals(0, orders.get("warnings").size());
    JsonNode get = plan.get(0);
    assertEquals("GetItem", get.get("operation").asText());
    assertEquals("table", get.get("index").asText());
    assertEquals("[\"orderId\"]", get.get("parameters").toString());
  }

  @Test
  void planJsonListsAPatternsWarnings() throws Exception {
    JsonNode plan = new ObjectMapper().readTree(Cli.run("plan", "--format", "json", STORE).out());
    JsonNode byDate = plan.get(4);
    assertEquals("ordersByDate", byDate.get("pattern").asText());
    assertEquals(1, byDate.get("warnings").size());
    assertEquals(true, byDate.get("warnings").get(0).asText().contains("[TS314]"));
    JsonNode bulk = plan.get(6);
    assertEquals(true, bulk.get("warnings").get(0).asText().contains("[TS506]"));
    assertEquals("quantity", bulk.get("filters").get(0).get("attribute").asText());
    assertEquals("ge", bulk.get("filters").get(0).get("operator").asText());
  }
}
