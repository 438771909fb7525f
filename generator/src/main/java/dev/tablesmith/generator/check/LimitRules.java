package dev.tablesmith.generator.check;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.model.Projection;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.model.Table;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * DynamoDB's service limits that a model can break before anything runs: index counts (TS401,
 * TS402), INCLUDE sizes (TS403), name lengths and characters (TS404), and INCLUDE lists naming what
 * no member stores (TS408).
 */
final class LimitRules {
  private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");

  private final ResolvedModel model;
  private final Diagnostics diagnostics;

  LimitRules(ResolvedModel model, Diagnostics diagnostics) {
    this.model = model;
    this.diagnostics = diagnostics;
  }

  void check() {
    Table table = model.table();
    long global = table.indexes().stream().filter(Index::isGlobal).count();
    long local = table.indexes().size() - global;
    if (global > 20) {
      diagnostics.report(Code.TS401, table.location(), global);
    }
    if (local > 5) {
      diagnostics.report(Code.TS402, table.location(), local);
    }
    int included = table.indexes().stream().mapToInt(i -> i.projection().include().size()).sum();
    if (included > 100) {
      diagnostics.report(Code.TS403, table.location(), included);
    }
    name("table name", table.physicalName(), table);
    delimiter(table);
    for (Index index : table.allIndexes()) {
      if (!index.isPrimary()) {
        name("index name", index.name(), index);
        included(index);
      }
      for (KeyAttribute k : index.keyAttributes()) {
        int bytes = k.name().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > 255) {
          diagnostics.report(
              Code.TS404,
              k.location(),
              "key attribute name",
              abbreviate(k.name()),
              "is " + bytes + " bytes long; DynamoDB allows at most 255 for a key attribute name");
        }
      }
    }
    for (Entity e : model.entities()) {
      for (Attribute a : e.attributes()) {
        int bytes = a.storedName().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > 65535) {
          diagnostics.report(
              Code.TS404,
              a.location(),
              "stored name",
              abbreviate(a.storedName()),
              "is " + bytes + " bytes long; DynamoDB allows at most 65535");
        }
      }
    }
  }

  private void name(String what, String name, Object at) {
    if (!TABLE_NAME.matcher(name).matches()) {
      diagnostics.report(
          Code.TS404,
          at instanceof Table t ? t.location() : ((Index) at).location(),
          what,
          abbreviate(name),
          "must be 3 to 255 characters of A-Z, a-z, 0-9, '_', '-' and '.'");
    }
  }

  /**
   * Fixed-width values are read back by searching for the delimiter too, so it must not occur in
   * them.
   */
  private void delimiter(Table table) {
    String delimiter = table.delimiter();
    for (char c : delimiter.toCharArray()) {
      String why =
          Character.isDigit(c) || "-:.TZ".indexOf(c) >= 0
              ? "instants, dates and numbers render, so their keys could not be read back"
              : c == '<' || c == '>' ? "key templates use for placeholders" : "";
      if (!why.isEmpty()) {
        diagnostics.report(Code.TS411, table.location(), delimiter, String.valueOf(c), why);
        return;
      }
    }
  }

  private void included(Index index) {
    if (index.projection().type() != Projection.Type.INCLUDE) {
      return;
    }
    for (String attribute : index.projection().include()) {
      boolean key =
          model.table().primary().keyAttributes().stream().anyMatch(k -> k.name().equals(attribute))
              || index.keyAttributes().stream().anyMatch(k -> k.name().equals(attribute));
      boolean stored =
          model.members(index).stream()
                  .anyMatch(
                      e ->
                          e.storedAttribute(attribute).isPresent()
                              || e.constants().stream()
                                  .anyMatch(c -> c.storedName().equals(attribute)))
              || model.table().entityTypeAttribute().filter(attribute::equals).isPresent();
      if (key) {
        diagnostics.report(
            Code.TS408,
            index.location(),
            index.name(),
            attribute,
            "is a key attribute and is always projected");
      } else if (!stored) {
        diagnostics.report(
            Code.TS408,
            index.location(),
            index.name(),
            attribute,
            "no entity in the index stores (INCLUDE lists stored attribute names)");
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
