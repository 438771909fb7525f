package dev.tablesmith.generator.emit.java;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A model with hostile text in every free-text field that reaches generated Java: descriptions
 * (model, entity, attributes, embedded type and fields, enum attribute, patterns), enum stored
 * values, typeValue, stored names of attributes and fields, constant names and values, string
 * defaults, filter constants, fixed key values, key template literal text, and the names of the
 * key and entity-type attributes. Every payload is written in a YAML single-quoted scalar, where
 * no YAML escape applies, so the model text is the payload exactly.
 */
public final class HostileModel {
  /**
   * Comment closers, unicode escapes written as text (javac translates them even in comments),
   * quotes, a backslash, a text block opener, template and HTML syntax, a Javadoc tag, a
   * zero-width space, and a static initializer between comment delimiters.
   */
  public static final List<String> PAYLOADS = List.of("*/", "\\u002a/", "\\u000a", "\"", "\\",
      "\"\"\"", "${}", "<script>", "@param", "\u200B",
      "*/ static { Runtime.getRuntime().exec(\"x\"); } /*");
  /** Every payload in one text, for the fields a model has only one of. */
  public static final String ALL = String.join(" | ", PAYLOADS);
  /**
   * Every payload, then block tags at the start of lines: unescaped, javac would warn that an
   * item documented deprecated is not annotated, and the tag check would see foreign tags.
   */
  public static final String LINES = ALL + "\n@deprecated injected\n@param docId injected";
  /** The payloads a key template's literal text may hold (no placeholder or delimiter syntax). */
  static final String TEMPLATE_TEXT = PAYLOADS.stream()
      .filter(p -> !p.contains("<") && !p.contains(">") && !p.contains("#"))
      .collect(Collectors.joining());
  /** The generated package. */
  static final String PACKAGE = "com.example.hostile";

  private HostileModel() {}

  /** The model's YAML. */
  public static String yaml() {
    List<String> y = new ArrayList<>();
    y.add("tablesmith: 1\nname: Hostile\npackage: " + PACKAGE + "\ndescription: " + q(LINES));
    y.add("table:\n  name: hostile\n  partitionKey: " + q("PK " + ALL));
    y.add("  sortKey: " + q("SK " + ALL) + "\n  entityTypeAttribute: " + q("type " + ALL));
    y.add("  indexes:\n    gsi1: { partitionKey: " + q("G1PK " + ALL) + ", sortKey: "
        + q("G1SK " + ALL) + " }");
    y.add("types:\n  Box:\n    description: " + q(ALL) + "\n    fields:");
    y.add(each(i -> "      f" + i + ": " + string("f", i)));
    y.add("entities:\n  Doc:\n    description: " + q(LINES) + "\n    typeValue: " + q(ALL));
    y.add("    constants:\n"
        + each(i -> "      " + q("c " + PAYLOADS.get(i)) + ": " + q(PAYLOADS.get(i))));
    y.add("    attributes:\n      docId: string");
    y.add("      kind: { type: enum, description: " + q(ALL) + ", values: { "
        + join(i -> "P" + i + ": " + q(PAYLOADS.get(i))) + " } }");
    y.add("      box: { type: Box, optional: true, description: " + q(ALL) + " }");
    y.add(each(i -> "      t" + i + ": " + string("a", i)));
    y.add("    key: { partition: " + q("DOC" + TEMPLATE_TEXT + "<docId>") + ", sort: "
        + q("S" + TEMPLATE_TEXT) + " }");
    y.add("    indexes:\n      gsi1: { partition: " + q("G" + TEMPLATE_TEXT + "<docId>")
        + ", sort: " + q("GS" + TEMPLATE_TEXT + "<kind>") + " }");
    y.add("accessPatterns:\n  getDoc: { description: " + q(LINES) + ", get: Doc }");
    y.add("  filtered:\n    description: " + q(ALL) + "\n    query: Doc\n    by: [docId]");
    y.add("    filter: { " + join(i -> "t" + i + ": { eq: " + q(PAYLOADS.get(i)) + " }") + " }");
    y.add(each(i -> "  fixed" + i + ": { description: " + q(PAYLOADS.get(i))
        + ", query: Doc, fixed: { docId: " + q(PAYLOADS.get(i)) + " } }"));
    return String.join("\n", y) + "\n";
  }

  /** A string attribute stored as prefix and payload {@code i}, its default and description. */
  private static String string(String prefix, int i) {
    String p = PAYLOADS.get(i);
    return "{ type: string, stored: " + q(prefix + " " + p) + ", default: " + q(p)
        + ", description: " + q(p) + " }";
  }

  /** A single-quoted scalar; a line break is written as an empty line, which YAML folds to one. */
  private static String q(String text) {
    return "'" + text.replace("'", "''").replace("\n", "\n\n        ") + "'";
  }

  private static String each(IntFunction<String> line) {
    return IntStream.range(0, PAYLOADS.size()).mapToObj(line).collect(Collectors.joining("\n"));
  }

  private static String join(IntFunction<String> part) {
    return IntStream.range(0, PAYLOADS.size()).mapToObj(part).collect(Collectors.joining(", "));
  }
}
