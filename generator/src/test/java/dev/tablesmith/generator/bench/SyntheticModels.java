package dev.tablesmith.generator.bench;

/**
 * Large models for timing: {@code n} entities over a table with 4 GSIs, 3 access patterns each
 * (a get, a query by parent on one GSI with a time range, a query by status on another).
 */
public final class SyntheticModels {
  private SyntheticModels() {}

  /** A model of {@code n} entities and {@code 3n} patterns. */
  public static String of(int n) {
    StringBuilder yaml = new StringBuilder("""
        tablesmith: 1
        name: Synthetic
        package: com.example.synthetic
        table:
          name: synthetic
          partitionKey: PK
          sortKey: SK
          indexes:
            GSI1: { partitionKey: GSI1PK, sortKey: GSI1SK }
            GSI2: { partitionKey: GSI2PK, sortKey: GSI2SK }
            GSI3: { partitionKey: GSI3PK, sortKey: GSI3SK }
            GSI4: { partitionKey: GSI4PK, sortKey: GSI4SK }
        entities:
        """);
    for (int i = 0; i < n; i++) {
      String e = "Entity" + i;
      String tag = "E" + i;
      int a = 1 + i % 4;
      int b = 1 + (i + 1) % 4;
      yaml.append("  ").append(e).append(":\n")
          .append("    description: Entity number ").append(i).append("\n")
          .append("    attributes:\n")
          .append("      id: string\n")
          .append("      parentId: string\n")
          .append("      status: { type: enum, values: [NEW, ACTIVE, CLOSED] }\n")
          .append("      createdAt: { type: instant, role: created }\n")
          .append("      amount: decimal\n")
          .append("      note: string?\n")
          .append("      version: { type: long, role: version }\n")
          .append("    key: { partition: \"").append(tag).append("#<id>\", sort: META }\n")
          .append("    indexes:\n")
          .append("      GSI").append(a).append(": { partition: \"PARENT#<parentId>\", sort: \"")
          .append(tag).append("#<createdAt>#<id>\" }\n")
          .append("      GSI").append(b).append(": { partition: \"").append(tag)
          .append("#STATUS#<status>\", sort: \"<createdAt>#<id>\" }\n");
    }
    yaml.append("accessPatterns:\n");
    for (int i = 0; i < n; i++) {
      String e = "Entity" + i;
      yaml.append("  get").append(e).append(": { get: ").append(e).append(" }\n")
          .append("  byParent").append(i).append(": { query: ").append(e)
          .append(", by: [parentId], range: createdAt, order: desc }\n")
          .append("  byStatus").append(i).append(": { query: ").append(e)
          .append(", by: [status], range: createdAt }\n");
    }
    return yaml.toString();
  }
}
