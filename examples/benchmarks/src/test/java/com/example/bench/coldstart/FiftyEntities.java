package com.example.bench.coldstart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The 50-entity fixture of the cold-start benchmark, written from one description so the two
 * sides describe the same entities: the tablesmith model ({@code fifty.tablesmith.yaml}, the
 * shape of the generator's synthetic timing models: 4 GSIs, each entity on two of them) and the
 * Enhanced Client beans ({@link FiftyBeans}) that store the same items. FiftyEntitiesTest fails
 * when the committed files differ; {@code main} rewrites them.
 */
public final class FiftyEntities {
  static final int COUNT = 50;
  static final Path MODEL = Path.of("src/main/tablesmith/fifty.tablesmith.yaml");
  static final Path BEANS = Path.of("src/test/java/com/example/bench/coldstart/FiftyBeans.java");
  static final Path CODECS = Path.of("src/test/java/com/example/bench/coldstart/FiftyCodecs.java");

  private FiftyEntities() {}

  /** Rewrites both files; run from examples/benchmarks. */
  public static void main(String[] args) throws IOException {
    Files.writeString(MODEL, model(), StandardCharsets.UTF_8);
    Files.writeString(BEANS, beans(), StandardCharsets.UTF_8);
    Files.writeString(CODECS, codecs(), StandardCharsets.UTF_8);
  }

  static String codecs() {
    StringBuilder java = new StringBuilder("""
        package com.example.bench.coldstart;

        import java.util.Map;
        import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

        /** Written by FiftyEntities; do not edit. Touches the generated codecs of fifty.tablesmith.yaml. */
        public final class FiftyCodecs {
          private FiftyCodecs() {}

          /**
           * Loads and initializes every generated codec of the model (what tablesmith sets up before
           * it maps), asking each whether an empty item is one of its own.
           *
           * @return how many said yes (none)
           */
          public static int initialize() {
            Map<String, AttributeValue> empty = Map.of();
            int yes = 0;
        """);
    for (int i = 0; i < COUNT; i++) {
      java.append("    yes += com.example.bench.fifty.Entity").append(i)
          .append("Codec.isItemOf(empty) ? 1 : 0;\n");
    }
    return java.append("    return yes;\n  }\n}\n").toString();
  }

  static String model() {
    StringBuilder yaml = new StringBuilder("""
        # Written by FiftyEntities (benchmark test sources); do not edit. Fifty entities for the
        # cold-start benchmark, as the generator's synthetic timing models shape them.
        tablesmith: 1
        name: Fifty
        package: com.example.bench.fifty
        table:
          name: fifty
          partitionKey: PK
          sortKey: SK
          indexes:
            GSI1: { partitionKey: GSI1PK, sortKey: GSI1SK }
            GSI2: { partitionKey: GSI2PK, sortKey: GSI2SK }
            GSI3: { partitionKey: GSI3PK, sortKey: GSI3SK }
            GSI4: { partitionKey: GSI4PK, sortKey: GSI4SK }
        entities:
        """);
    for (int i = 0; i < COUNT; i++) {
      yaml.append("  Entity").append(i).append(":\n")
          .append("    attributes:\n")
          .append("      id: string\n")
          .append("      parentId: string\n")
          .append("      status: { type: enum, values: [NEW, ACTIVE, CLOSED] }\n")
          .append("      createdAt: instant\n")
          .append("      amount: decimal\n")
          .append("      note: string?\n")
          .append("      version: { type: long, role: version }\n")
          .append("    key: { partition: \"E").append(i).append("#<id>\", sort: META }\n")
          .append("    indexes:\n")
          .append("      GSI").append(a(i)).append(": { partition: \"PARENT#<parentId>\", sort: \"E")
          .append(i).append("#<createdAt>#<id>\" }\n")
          .append("      GSI").append(b(i)).append(": { partition: \"E").append(i)
          .append("#STATUS#<status>\", sort: \"<createdAt>#<id>\" }\n");
    }
    yaml.append("accessPatterns:\n");
    for (int i = 0; i < COUNT; i++) {
      yaml.append("  getEntity").append(i).append(": { get: Entity").append(i).append(" }\n")
          .append("  byParent").append(i).append(": { query: Entity").append(i)
          .append(", by: [parentId], range: createdAt, order: desc }\n")
          .append("  byStatus").append(i).append(": { query: Entity").append(i)
          .append(", by: [status], range: createdAt }\n");
    }
    return yaml.toString();
  }

  static String beans() {
    StringBuilder java = new StringBuilder("""
        package com.example.bench.coldstart;

        import java.math.BigDecimal;
        import java.time.Instant;
        import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;
        import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
        import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
        import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
        import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
        import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
        import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

        /**
         * Written by FiftyEntities; do not edit. The entities of fifty.tablesmith.yaml as Enhanced
         * Client beans: keys computed by getters, as in TaskBean.
         */
        public final class FiftyBeans {
          private FiftyBeans() {}

          /** The status every entity has. */
          public enum Status { NEW, ACTIVE, CLOSED }

          /** All the bean classes, in entity order. */
          public static final Class<?>[] ALL = {
        """);
    for (int i = 0; i < COUNT; i++) {
      java.append("    E").append(i).append(".class,\n");
    }
    java.append("  };\n");
    for (int i = 0; i < COUNT; i++) {
      bean(java, i);
    }
    return java.append("}\n").toString();
  }

  private static void bean(StringBuilder java, int i) {
    String e = "E" + i;
    java.append("\n  /** Entity").append(i).append(". */\n")
        .append("  @DynamoDbBean\n")
        .append("  public static class ").append(e).append(" {\n")
        .append("    private String id;\n    private String parentId;\n    private Status status;\n")
        .append("    private Instant createdAt;\n    private BigDecimal amount;\n")
        .append("    private String note;\n    private Long version;\n");
    key(java, "@DynamoDbPartitionKey", "PK", "Pk", "\"" + e + "#\" + id");
    key(java, "@DynamoDbSortKey", "SK", "Sk", "\"META\"");
    key(java, "@DynamoDbSecondaryPartitionKey(indexNames = \"GSI" + a(i) + "\")", "GSI" + a(i) + "PK",
        "Gsi" + a(i) + "pk", "\"PARENT#\" + parentId");
    key(java, "@DynamoDbSecondarySortKey(indexNames = \"GSI" + a(i) + "\")", "GSI" + a(i) + "SK",
        "Gsi" + a(i) + "sk", "\"" + e + "#\" + createdAt + \"#\" + id");
    key(java, "@DynamoDbSecondaryPartitionKey(indexNames = \"GSI" + b(i) + "\")", "GSI" + b(i) + "PK",
        "Gsi" + b(i) + "pk", "\"" + e + "#STATUS#\" + status");
    key(java, "@DynamoDbSecondarySortKey(indexNames = \"GSI" + b(i) + "\")", "GSI" + b(i) + "SK",
        "Gsi" + b(i) + "sk", "createdAt + \"#\" + id");
    key(java, null, "_type", "Type", "\"Entity" + i + "\"");
    property(java, null, "String", "id");
    property(java, null, "String", "parentId");
    property(java, null, "Status", "status");
    property(java, null, "Instant", "createdAt");
    property(java, null, "BigDecimal", "amount");
    property(java, null, "String", "note");
    property(java, "@DynamoDbVersionAttribute", "Long", "version");
    java.append("  }\n");
  }

  private static void key(StringBuilder java, String annotation, String stored, String name,
      String value) {
    if (annotation != null) {
      java.append("    ").append(annotation).append('\n');
    }
    java.append("    @DynamoDbAttribute(\"").append(stored).append("\")\n")
        .append("    public String get").append(name).append("() { return ").append(value)
        .append("; }\n")
        .append("    public void set").append(name).append("(String computed) { }\n");
  }

  private static void property(StringBuilder java, String annotation, String type, String name) {
    String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    if (annotation != null) {
      java.append("    ").append(annotation).append('\n');
    }
    java.append("    public ").append(type).append(" get").append(cap).append("() { return ")
        .append(name).append("; }\n")
        .append("    public void set").append(cap).append('(').append(type).append(' ')
        .append(name).append(") { this.").append(name).append(" = ").append(name).append("; }\n");
  }

  private static int a(int i) {
    return 1 + i % 4;
  }

  private static int b(int i) {
    return 1 + (i + 1) % 4;
  }
}
