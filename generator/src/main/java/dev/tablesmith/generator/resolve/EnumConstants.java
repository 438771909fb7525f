package dev.tablesmith.generator.resolve;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.model.TypeRef;
import dev.tablesmith.generator.read.MapNode;
import dev.tablesmith.generator.read.Node;
import dev.tablesmith.generator.read.ScalarNode;
import dev.tablesmith.generator.read.SeqNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Enum values and their Java constants: stored values need not be identifiers ({@code in-progress}
 * becomes {@code IN_PROGRESS}); two values deriving one constant are an error (TS204), and a value
 * that derives none is TS214.
 */
final class EnumConstants {
  private EnumConstants() {}

  static List<TypeRef.EnumValue> resolve(Node values, Diagnostics diagnostics) {
    List<TypeRef.EnumValue> out = new ArrayList<>();
    Map<String, String> byConstant = new HashMap<>();
    if (values instanceof MapNode map) {
      for (MapNode.Entry e : map.entries()) {
        String stored = ((ScalarNode) e.value()).text();
        add(out, byConstant, e.key().text(), stored, e.key(), diagnostics);
      }
      return out;
    }
    for (Node item : ((SeqNode) values).items()) {
      String stored = ((ScalarNode) item).text();
      Optional<String> constant = constant(stored);
      if (constant.isEmpty()) {
        diagnostics.reportWithHint(
            Code.TS214,
            item.location(),
            "write values as a map from constant to stored value: { MY_CONSTANT: \""
                + stored
                + "\" }",
            stored,
            "it has no ASCII letter or digit");
        continue;
      }
      add(out, byConstant, constant.get(), stored, item, diagnostics);
    }
    return out;
  }

  private static void add(
      List<TypeRef.EnumValue> out,
      Map<String, String> byConstant,
      String constant,
      String stored,
      Node at,
      Diagnostics diagnostics) {
    String previous = byConstant.putIfAbsent(constant, stored);
    if (previous != null) {
      diagnostics.report(Code.TS204, at.location(), previous, stored, constant);
      return;
    }
    out.add(new TypeRef.EnumValue(constant, stored));
  }

  /** {@code in-progress} to {@code IN_PROGRESS}, {@code inProgress} to {@code IN_PROGRESS}. */
  static Optional<String> constant(String stored) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < stored.length(); i++) {
      char c = stored.charAt(i);
      boolean ascii = c < 128 && Character.isLetterOrDigit(c);
      if (!ascii) {
        appendSeparator(out);
        continue;
      }
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(stored.charAt(i - 1))) {
        appendSeparator(out);
      }
      out.append(Character.toUpperCase(c));
    }
    String constant = out.toString().replaceAll("^_+|_+$", "");
    if (constant.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Character.isDigit(constant.charAt(0)) ? "_" + constant : constant)
        .map(s -> s.toUpperCase(Locale.ROOT));
  }

  private static void appendSeparator(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
      out.append('_');
    }
  }
}
