package dev.tablesmith.generator.emit.docs;

import dev.tablesmith.generator.emit.java.HostileModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@link HostileModel}'s payloads, plus Markdown, HTML and Mermaid syntax, in every model text a
 * review document shows: the model's and the patterns' descriptions, the physical table name and
 * the index names (within the characters DynamoDB allows), the key attribute names, the
 * entity-type attribute, the delimiter, key template literals, INCLUDE names (stored names), fixed
 * values, filter constants, and the checker's warnings that quote them. Payloads are written in
 * YAML single-quoted scalars, where no escape applies.
 */
final class HostileDocsModel {
  /** Markdown, HTML and Mermaid specials, on top of the Java ones. */
  static final List<String> EXTRA = List.of("|", "`", "```", "[x](javascript:alert(1))", "-->", "end",
      "]", "%%", "#", "<b>", "<img src=x onerror=alert(1)>", "&lt;", "&#60;", "*em* _em_ ~~s~~",
      "<!-- c -->", "\\|", "subgraph", "click n1 call alert()", "style n1 fill:#f00", "%%{init: {}}%%",
      "\";", "<br>", "</code>", "---", "> quote", "1. one", "- item", "[^1]", "![i](x.png)");
  /** Every payload. */
  static final List<String> PAYLOADS = Stream.concat(HostileModel.PAYLOADS.stream(), EXTRA.stream()).toList();
  /** Every payload in one text. */
  static final String ALL = String.join(" ", PAYLOADS);
  /** Every payload, on lines of their own, the Markdown block starters at the start of lines. */
  static final String LINES = String.join("\n", PAYLOADS) + "\n# heading\n    indented\n|a|b|\n";
  /** Payloads short enough for a key attribute name (DynamoDB allows 255 bytes). */
  static final String KEY = "*/ \" \\ ${} <script> @param \u200B | ` [x](javascript:alert(1)) --> end ] %% # <b>"
      + " <img src=x onerror=alert(1)> &lt; *em* _em_ <br> </code>";
  /** The key delimiter: the pipe that splits a GFM table's cells. */
  static final String DELIMITER = "|";
  /** The payloads a template's literal text may hold (no placeholder syntax, no delimiter). */
  static final String TEMPLATE_TEXT = PAYLOADS.stream()
      .filter(p -> !p.contains("<") && !p.contains(">") && !p.contains(DELIMITER))
      .collect(Collectors.joining());
  /** The physical table name: only letters, digits, '_', '-' and '.' are allowed. */
  static final String TABLE = "__x__.--end_";
  /** Index names, within the same characters. */
  static final List<String> INDEXES = List.of("_gsi_1_", "inc.--end", "hot--.x_");

  private HostileDocsModel() {}

  /** The model's YAML. */
  static String yaml() {
    List<String> y = new ArrayList<>();
    y.add("tablesmith: 1\nname: Hostile\npackage: com.example.hostile\ndescription: " + q(LINES));
    y.add("table:\n  name: " + q(TABLE) + "\n  partitionKey: " + q("PK " + KEY) + "\n  sortKey: " + q("SK " + KEY));
    y.add("  entityTypeAttribute: " + q("type " + KEY) + "\n  delimiter: " + q(DELIMITER));
    y.add("  indexes:\n    " + q(INDEXES.get(0)) + ": { partitionKey: " + q("G1PK " + KEY) + ", sortKey: "
        + q("G1SK " + KEY) + ", projection: keys-only }");
    y.add("    " + q(INDEXES.get(1)) + ": { partitionKey: " + q("G2PK " + KEY) + ", sortKey: "
        + q("G2SK " + KEY) + ", projection: [" + join(i -> q(stored(i))) + "] }");
    y.add("    " + q(INDEXES.get(2)) + ": { partitionKey: " + q("G3PK " + KEY) + " }");
    y.add("entities:\n  Doc:\n    description: " + q(LINES) + "\n    typeValue: " + q(ALL));
    y.add("    attributes:\n      docId: string");
    // An enum value at the end of a key must not hold the delimiter: the checker refuses it.
    y.add("      kind: { type: enum, values: { "
        + join(i -> "P" + i + ": " + q(PAYLOADS.get(i).replace(DELIMITER, "") + i)) + " } }");
    y.add(each(i -> "      t" + i + ": { type: string, optional: true, stored: " + q(stored(i)) + " }"));
    y.add("    key: { partition: " + q("DOC" + TEMPLATE_TEXT + "<docId>") + ", sort: " + q("S" + TEMPLATE_TEXT) + " }");
    y.add("    indexes:\n      " + q(INDEXES.get(0)) + ": { partition: " + q("G" + TEMPLATE_TEXT + "<docId>")
        + ", sort: " + q("GS" + TEMPLATE_TEXT + "<kind>") + " }");
    y.add("      " + q(INDEXES.get(1)) + ": { partition: " + q("I" + TEMPLATE_TEXT + "<docId>")
        + ", sort: " + q("IS" + TEMPLATE_TEXT) + " }");
    y.add("      " + q(INDEXES.get(2)) + ": { partition: " + q("HOT" + TEMPLATE_TEXT) + " }");
    y.add("  Note:\n    description: " + q(ALL) + "\n    attributes: { docId: string, noteId: string }");
    y.add("    key: { partition: " + q("DOC" + TEMPLATE_TEXT + "<docId>") + ", sort: "
        + q("N" + TEMPLATE_TEXT + DELIMITER + "<noteId>") + " }");
    y.add("accessPatterns:\n  getDoc: { description: " + q(LINES) + ", get: Doc, consistent: true }");
    y.add("  docKeys: { description: " + q(ALL) + ", query: Doc, by: [docId], index: "
        + q(INDEXES.get(0)) + ", returns: keys }");
    y.add("  docFetch: { description: " + q(ALL) + ", query: Doc, by: [docId], index: "
        + q(INDEXES.get(0)) + ", fetch: true }");
    y.add("  docProjected: { description: " + q(ALL) + ", query: Doc, by: [docId], index: "
        + q(INDEXES.get(1)) + ", returns: projected }");
    y.add("  hot: { description: " + q(ALL) + ", query: Doc, index: " + q(INDEXES.get(2)) + " }");
    y.add("  docWithNotes: { description: " + q(ALL) + ", query: [Doc, Note], by: [docId] }");
    y.add("  filtered:\n    description: " + q(ALL) + "\n    query: Doc\n    by: [docId]");
    y.add("    filter: { " + join(i -> "t" + i + ": { eq: " + q(PAYLOADS.get(i)) + " }") + " }");
    y.add(each(i -> "  fixed" + i + ": { description: " + q(PAYLOADS.get(i))
        + ", query: Doc, index: " + q(INDEXES.get(0)) + ", returns: keys, fixed: { docId: "
        + q(PAYLOADS.get(i)) + " } }"));
    return String.join("\n", y) + "\n";
  }

  /** The stored name of attribute {@code t<i>}. */
  static String stored(int i) {
    return "s " + PAYLOADS.get(i);
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
