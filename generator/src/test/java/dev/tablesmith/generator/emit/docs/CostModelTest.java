package dev.tablesmith.generator.emit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tablesmith.generator.Models;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.emit.docs.CostModel.WriteEstimate;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import dev.tablesmith.generator.plan.PlannedPattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Capacity units worked out by hand for a small model: an Order of {@code itemSize: 2500} in
 * three GSIs (all, keys-only, INCLUDE) and a Note of the default size.
 *
 * <p>Order's keys-only entry in GSI2: {@code PK} 2 + {@code ORDER#} 6 + a string 36 = 44;
 * {@code SK} 2 + {@code A} 1 = 3; {@code GSI2PK} 6 + {@code STATUS#} 7 + the longest enum value
 * {@code SHIPPED} 7 = 20; {@code GSI2SK} 6 + {@code ORDER#} 6 + 36 = 48; 115 bytes. Its INCLUDE
 * entry in GSI3: 44 + 3 + {@code GSI3PK} 6 + {@code N#} 2 + 36 + {@code note} 4 + 36 = 131 bytes.
 */
class CostModelTest {
  private static final String YAML = """
      tablesmith: 1
      name: Cost
      package: com.example.cost
      table:
        name: cost
        partitionKey: PK
        sortKey: SK
        indexes:
          GSI1: { partitionKey: GSI1PK, sortKey: GSI1SK, projection: all }
          GSI2: { partitionKey: GSI2PK, sortKey: GSI2SK, projection: keys-only }
          GSI3: { partitionKey: GSI3PK, projection: [note] }
      entities:
        Order:
          itemSize: 2500
          attributes:
            orderId: string
            userId: string
            status: { type: enum, values: [OPEN, SHIPPED] }
            note: string?
          key: { partition: "ORDER#<orderId>", sort: "A" }
          indexes:
            GSI1: { partition: "USER#<userId>", sort: "ORDER#<orderId>" }
            GSI2: { partition: "STATUS#<status>", sort: "ORDER#<orderId>" }
            GSI3: { partition: "N#<orderId>" }
        Note:
          attributes: { noteId: string }
          key: { partition: "NOTE#<noteId>", sort: "N" }
      accessPatterns:
        getOrder: { get: Order }
        getOrderStrong: { get: Order, consistent: true }
        ordersOfUser: { query: Order, by: [userId], pageSize: 10 }
        orderKeysByStatus: { query: Order, by: [status], index: GSI2, returns: keys, pageSize: 100 }
        ordersByStatus: { query: Order, by: [status], index: GSI2, fetch: true, pageSize: 100 }
        bigPage: { query: Order, by: [userId], pageSize: 1000 }
      """;

  private static PlannedModel planned;

  @BeforeAll
  static void plan() {
    Pipeline.Result result = Models.run(YAML);
    assertFalse(result.diagnostics().hasErrors(), result.diagnostics().render());
    planned = result.models().get(0);
  }

  @Test
  void readUnitsPerCall() {
    Map<String, String> units = new LinkedHashMap<>();
    for (PlannedPattern p : planned.patterns()) {
      units.put(p.name(), CostModel.format(CostModel.read(p).units()));
    }
    assertEquals(Map.of(
        "getOrder", "0.5", // 2500 B -> 1 x 4 KB, eventual: half
        "getOrderStrong", "1",
        "ordersOfUser", "3.5", // 10 x 2500 = 25000 B -> 7 x 4 KB (28672), half
        "orderKeysByStatus", "1.5", // 100 x 115 = 11500 B -> 3 x 4 KB, half
        "ordersByStatus", "51.5", // 1.5, then 100 items x 1 x 4 KB, half: 50
        "bigPage", "128"), // 2,500,000 B capped at 1 MB -> 256 x 4 KB, half
        units);
  }

  @Test
  void entrySizesOfEachProjection() {
    ResolvedModel model = planned.model();
    Entity order = model.entity("Order").orElseThrow();
    assertEquals(2500, Sizes.entry(order, model.table().index("GSI1").orElseThrow()));
    assertEquals(115, Sizes.entry(order, model.table().index("GSI2").orElseThrow()));
    assertEquals(131, Sizes.entry(order, model.table().index("GSI3").orElseThrow()));
  }

  @Test
  void writeUnitsPerWrite() {
    ResolvedModel model = planned.model();
    WriteEstimate order = CostModel.write(model.entity("Order").orElseThrow(), model.table().indexes());
    assertEquals(3, order.tableUnits()); // 2500 B -> 3 x 1 KB
    assertEquals(List.of(3L, 1L, 1L), order.indexes().stream().map(CostModel.IndexWrite::units).toList());
    // GSI1 and GSI2 keys use userId and status, outside the primary key: an update may move them.
    assertEquals(List.of(true, true, false),
        order.indexes().stream().map(CostModel.IndexWrite::keyMayChange).toList());
    assertEquals(8, order.create()); // 3 + 3 + 1 + 1
    assertEquals(12, order.update()); // 3 + 2 x 3 + 2 x 1 + 1
    WriteEstimate note = CostModel.write(model.entity("Note").orElseThrow(), model.table().indexes());
    assertEquals(1, note.create()); // the default 1024 B: 1 x 1 KB, in no index
    assertEquals(1, note.update());
  }

  @Test
  void theDocumentShowsTheSameNumbers() {
    String md = new DocsEmitter(java.util.EnumSet.of(DocsFormat.MARKDOWN)).emit(planned, new Diagnostics())
        .get(0).content();
    MarkdownDoc doc = MarkdownDoc.parse(md);
    List<List<String>> reads = doc.table("Reads");
    assertEquals(List.of("0.5", "1", "3.5", "1.5", "51.5", "128"), reads.subList(1, reads.size()).stream()
        .map(r -> r.get(3)).toList());
    assertEquals("Query: 100 × 115 B = 11500 B → 3 × 4 KB × 0.5 (eventual) = 1.5\n"
        + "BatchGetItem: 100 × 2500 B → 100 × 1 × 4 KB × 0.5 (eventual) = 50", reads.get(5).get(4));
    List<List<String>> writes = doc.table("Writes");
    assertEquals(List.of("entity", "item size", "table", "GSI1", "GSI2", "GSI3", "create or delete",
        "update (worst case)", "transactional create", "transactional update"), writes.get(0));
    assertEquals(List.of("Order", "2500 B", "3", "3 (entry of 2500 B); key may change: 6 on update",
        "1 (entry of 115 B); key may change: 2 on update", "1 (entry of 131 B)", "8", "12", "16", "24"),
        writes.get(1));
    assertEquals(List.of("Note", "1024 B", "1", "—", "—", "—", "1", "1", "2", "2"), writes.get(2));
  }
}
