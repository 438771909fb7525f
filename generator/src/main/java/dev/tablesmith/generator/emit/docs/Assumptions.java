package dev.tablesmith.generator.emit.docs;

import dev.tablesmith.generator.emit.docs.Grid.Cell;
import dev.tablesmith.generator.emit.docs.Grid.Plain;
import dev.tablesmith.generator.emit.docs.Grid.Text;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.ResolvedModel;
import java.util.ArrayList;
import java.util.List;

/** Every assumption behind the cost estimates, one sentence each, as the review states them. */
final class Assumptions {
  private static final List<String> FIXED =
      List.of(
          "Reads: a read unit reads 4 KB with strong consistency and 8 KB with eventual consistency"
              + " (half a unit per 4 KB). A query on a GSI is always eventually consistent; other"
              + " reads are eventually consistent unless the pattern says consistent: true.",
          "GetItem: the item's size rounded up to a multiple of 4 KB.",
          "Query: one call reads a full page, pageSize items, each as large as the largest entry of"
              + " the entity types its key condition can match; their sizes are summed, capped at 1"
              + " MB (the most one call reads), and rounded up to 4 KB once. A shorter page costs"
              + " less; an empty one still costs one unit (0.5 eventual).",
          "Index entries: an index that projects all attributes holds the whole item; a keys-only"
              + " index holds the table's and the index's key attributes; an INCLUDE index holds"
              + " those and the attributes it lists; an entry is never larger than its item. A"
              + " query on an index is billed for the entries it reads.",
          "Key attributes: the attribute name's bytes plus its value: the template's literal text,"
              + " and for each placeholder a string 36 B (a UUID), a number its pad or else 21 B,"
              + " an instant its format's width (24 B for iso-millis), a date 10 B, an enum its"
              + " longest stored value, a boolean 5 B, anything else 100 B. DynamoDB's 100 B"
              + " overhead per index entry counts toward storage, not capacity units, and is left"
              + " out.",
          "fetch: the index query, then a BatchGetItem of every item of the page, each item rounded"
              + " up to 4 KB on its own.",
          "Filters: the filter runs after the read, so the items it drops are billed like those it"
              + " returns.",
          "Writes: a write unit writes 1 KB. Creating, replacing or deleting an item writes the"
              + " item, rounded up to 1 KB, and its entry in every index it lands in, each rounded"
              + " up to 1 KB (an item missing an optional key attribute of a sparse index writes"
              + " nothing there).",
          "Updates (worst case): the table write is the item's size; an index whose key template"
              + " uses an attribute outside the primary key may move the entry: a delete and a put,"
              + " twice its units; another index writes its entry once, or nothing when it projects"
              + " keys only.",
          "Transactions: each write inside TransactWriteItems costs twice its units.",
          "These are estimates to compare designs, not a bill: real items vary in size.");

  private Assumptions() {}

  /** The sentences, the item sizes first. */
  static List<Cell> of(ResolvedModel model) {
    List<Cell> out = new ArrayList<>();
    out.add(itemSizes(model));
    FIXED.forEach(s -> out.add(Cell.plain(s)));
    return out;
  }

  private static Cell itemSizes(ResolvedModel model) {
    List<Entity> undeclared =
        model.entities().stream().filter(e -> e.itemSize().isEmpty()).toList();
    String base = "Item sizes: each entity's itemSize, in bytes";
    if (undeclared.isEmpty()) {
      return Cell.plain(base + "; every entity declares one.");
    }
    List<Grid.Span> spans = new ArrayList<>();
    spans.add(
        new Plain(
            base
                + "; an entity that declares none is assumed "
                + Sizes.DEFAULT_ITEM_SIZE
                + " B (1 KB): "));
    for (int i = 0; i < undeclared.size(); i++) {
      if (i > 0) {
        spans.add(new Plain(", "));
      }
      spans.add(new Text(undeclared.get(i).name()));
    }
    spans.add(new Plain("."));
    return new Cell(spans);
  }
}
