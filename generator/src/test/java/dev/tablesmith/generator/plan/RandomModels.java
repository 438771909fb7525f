package dev.tablesmith.generator.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A seeded, grammar-based generator of models: mostly well-formed, with every construct of the
 * language, and a share of mistakes (unknown names, wrong types, unpadded numbers in sort keys,
 * patterns no index serves). Models are maps so tests can change them and dump them again.
 */
final class RandomModels {
  private static final String[] ENTITIES = {"User", "Order", "Item", "Note", "Account", "Product"};
  private static final String[] ATTRIBUTES =
      {"userId", "orderId", "email", "status", "createdAt", "total", "qty", "day", "tags", "score", "flag", "region"};
  private static final String[] TYPES = {"string", "string", "string", "long", "int", "decimal",
      "instant", "date", "enum", "boolean", "list", "map", "set", "document", "double", "Address"};
  private static final String[] OPERATORS = {"eq", "ne", "lt", "ge", "between", "beginsWith", "contains", "exists"};

  private final Random random;

  RandomModels(long seed) {
    this.random = new Random(seed);
  }

  /** Dumps a model map as block-style YAML. */
  static String yaml(Map<String, Object> model) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setWidth(200);
    return new Yaml(options).dump(model);
  }

  /** A deep copy of a model map (maps and lists copied, scalars shared). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> copy(Map<String, Object> model) {
    Map<String, Object> out = new LinkedHashMap<>();
    model.forEach((k, v) -> out.put(k, copyValue(v)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object copyValue(Object v) {
    if (v instanceof Map<?, ?> m) {
      return copy((Map<String, Object>) m);
    }
    if (v instanceof List<?> l) {
      return new ArrayList<>(l.stream().map(RandomModels::copyValue).toList());
    }
    return v;
  }

  Map<String, Object> next() {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("tablesmith", 1);
    model.put("name", "Gen");
    model.put("package", "com.example.gen");
    List<String> indexNames = new ArrayList<>();
    Map<String, Object> table = table(indexNames);
    model.put("table", table);
    model.put("types", Map.of("Address", Map.of("fields", Map.of("city", "string", "zip", "string?"))));
    int count = 1 + random.nextInt(4);
    Map<String, Object> entities = new LinkedHashMap<>();
    Map<String, List<String>> attributesOf = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String name = ENTITIES[i];
      List<String> attrs = new ArrayList<>();
      entities.put(name, entity(name, attrs, table));
      attributesOf.put(name, attrs);
    }
    model.put("entities", entities);
    model.put("accessPatterns", patterns(attributesOf, indexNames));
    if (chance(8)) {
      mutate(model);
    }
    return model;
  }

  private Map<String, Object> table(List<String> indexNames) {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("name", "gen-table");
    table.put("partitionKey", "PK");
    if (!chance(10)) {
      table.put("sortKey", "SK");
    }
    if (chance(30)) {
      table.put("entityTypeAttribute", "none");
    }
    if (chance(15)) {
      table.put("delimiter", random.nextBoolean() ? "|" : "~~");
    }
    Map<String, Object> indexes = new LinkedHashMap<>();
    int n = random.nextInt(5);
    for (int i = 1; i <= n; i++) {
      Map<String, Object> index = new LinkedHashMap<>();
      String name = "GSI" + i;
      int kind = random.nextInt(20);
      if (kind == 0) {
        index.put("partitionKey", "email");
      } else if (kind == 1 && table.containsKey("sortKey")) {
        name = "LSI" + i;
        index.put("kind", "local");
        index.put("sortKey", "day");
      } else if (kind == 2) {
        index.put("partitionKey", List.of("region", "status"));
        index.put("sortKey", "score");
      } else {
        index.put("partitionKey", name + "PK");
        if (!chance(20)) {
          index.put("sortKey", name + "SK");
        }
      }
      int projection = random.nextInt(10);
      if (projection == 0) {
        index.put("projection", "keys-only");
      } else if (projection == 1) {
        index.put("projection", List.of(pick(ATTRIBUTES)));
      }
      indexes.put(name, index);
      indexNames.add(name);
    }
    if (!indexes.isEmpty()) {
      table.put("indexes", indexes);
    }
    return table;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> entity(String name, List<String> attrs, Map<String, Object> table) {
    Map<String, Object> indexSpecs = (Map<String, Object>) table.getOrDefault("indexes", Map.of());
    Map<String, Object> entity = new LinkedHashMap<>();
    Map<String, Object> attributes = new LinkedHashMap<>();
    String id = name.toLowerCase(java.util.Locale.ROOT) + "Id";
    attributes.put(id, "string");
    attrs.add(id);
    int n = 1 + random.nextInt(5);
    for (int i = 0; i < n; i++) {
      String attr = pick(ATTRIBUTES);
      if (!attributes.containsKey(attr)) {
        attributes.put(attr, attribute(attr));
        attrs.add(attr);
      }
    }
    entity.put("attributes", attributes);
    String tag = name.toUpperCase(java.util.Locale.ROOT);
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("partition", chance(10) ? tag : tag + "#<" + id + ">");
    int sort = random.nextInt(4);
    if (table.containsKey("sortKey") || chance(5)) {
      key.put("sort", sort == 0 ? "PROFILE" : sort == 1 ? tag + "#<" + keyAttribute(attrs, attributes) + ">"
          : sort == 2 ? "<" + keyAttribute(attrs, attributes) + ">" : tag);
    }
    entity.put("key", key);
    Map<String, Object> indexes = new LinkedHashMap<>();
    for (Map.Entry<String, Object> index : indexSpecs.entrySet()) {
      Map<String, Object> spec = (Map<String, Object>) index.getValue();
      boolean plain = !String.valueOf(spec.get("partitionKey")).equals(index.getKey() + "PK");
      if (index.getKey().startsWith("GSI") && (!plain || chance(5)) && chance(50)) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("partition", (chance(15) ? "ALL" : "P#<" + keyAttribute(attrs, attributes) + ">"));
        if (spec.containsKey("sortKey") || chance(5)) {
          t.put("sort", tag + "#<" + keyAttribute(attrs, attributes) + ">");
        }
        indexes.put(index.getKey(), t);
      }
    }
    if (!indexes.isEmpty()) {
      entity.put("indexes", indexes);
    }
    return entity;
  }

  /** Mostly an attribute a key can hold; sometimes any, so the checker sees mistakes. */
  private String keyAttribute(List<String> attrs, Map<String, Object> attributes) {
    List<String> renderable = new ArrayList<>();
    for (String a : attrs) {
      Object spec = attributes.get(a);
      String type = spec instanceof Map<?, ?> m ? String.valueOf(m.get("type")) : String.valueOf(spec);
      boolean optional = spec instanceof Map<?, ?> m && m.containsKey("optional");
      boolean padded = spec instanceof Map<?, ?> m && m.containsKey("pad");
      boolean epoch = spec instanceof Map<?, ?> m && String.valueOf(m.get("format")).startsWith("epoch");
      boolean ok = switch (type) {
        case "string", "enum", "date", "boolean" -> true;
        case "instant" -> !epoch;
        case "int", "long" -> padded;
        default -> false;
      };
      if (ok && !optional) {
        renderable.add(a);
      }
    }
    return renderable.isEmpty() || chance(10) ? pick(attrs) : pick(renderable);
  }

  private Object attribute(String attr) {
    String type = pick(TYPES);
    boolean optional = chance(20);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("type", type);
    switch (type) {
      case "enum" -> spec.put("values", List.of("A", "B", chance(20) ? "a-b" : "C"));
      case "list", "map" -> spec.put("of", chance(20) ? "Address" : "string");
      case "set" -> spec.put("of", chance(10) ? "boolean" : "string");
      case "long", "int" -> {
        if (chance(50)) {
          spec.put("pad", 1 + random.nextInt(type.equals("int") ? 11 : 19));
        }
      }
      case "instant" -> {
        if (chance(30)) {
          spec.put("format", chance(50) ? "epoch-seconds" : "iso-seconds");
        }
        if (attr.equals("createdAt") && chance(50)) {
          spec.put("role", "created");
        }
      }
      default -> { }
    }
    if (optional) {
      spec.put("optional", true);
    }
    return spec.size() == 1 && !optional ? type : spec;
  }

  private Map<String, Object> patterns(Map<String, List<String>> attributesOf, List<String> indexNames) {
    Map<String, Object> patterns = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(attributesOf.keySet());
    int n = 1 + random.nextInt(5);
    for (int i = 0; i < n; i++) {
      String entity = pick(names.toArray(new String[0]));
      List<String> attrs = attributesOf.get(entity);
      Map<String, Object> p = new LinkedHashMap<>();
      if (chance(25)) {
        p.put("get", entity);
        patterns.put("p" + i, p);
        continue;
      }
      if (chance(15) && names.size() > 1) {
        String other = names.get((names.indexOf(entity) + 1) % names.size());
        p.put("query", List.of(entity, other));
        List<String> shared = new ArrayList<>(attrs);
        shared.retainAll(attributesOf.get(other));
        attrs = shared;
      } else {
        p.put("query", entity);
      }
      if (!attrs.isEmpty()) {
        queryOptions(p, attrs, indexNames);
      }
      patterns.put("p" + i, p);
    }
    return patterns;
  }

  private void queryOptions(Map<String, Object> p, List<String> attrs, List<String> indexNames) {
    List<String> by = new ArrayList<>();
    by.add(chance(60) ? attrs.get(0) : pick(attrs));
    if (chance(20)) {
      String second = pick(attrs);
      if (!by.contains(second)) {
        by.add(second);
      }
    }
    p.put("by", by);
    if (chance(30)) {
      String range = pick(attrs);
      if (!by.contains(range)) {
        p.put("range", range);
      }
    }
    if (chance(20)) {
      p.put("filter", Map.of(pick(attrs), pick(OPERATORS)));
    }
    if (chance(20)) {
      p.put("order", "desc");
    }
    if (chance(15) && !indexNames.isEmpty()) {
      p.put("index", pick(indexNames.toArray(new String[0])));
    }
    if (chance(10)) {
      p.put("consistent", true);
    }
    if (chance(10)) {
      p.put(random.nextBoolean() ? "fetch" : "returns", random.nextBoolean() ? true : "keys");
    }
  }

  @SuppressWarnings("unchecked")
  private void mutate(Map<String, Object> model) {
    switch (random.nextInt(5)) {
      case 0 -> model.remove("table");
      case 1 -> model.put("entites", Map.of());
      case 2 -> ((Map<String, Object>) model.get("table")).put("partitionKey", 42);
      case 3 -> model.put("accessPatterns", List.of("p0"));
      default -> model.put("package", "com.example.class");
    }
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
