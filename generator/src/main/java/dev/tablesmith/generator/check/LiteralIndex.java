package dev.tablesmith.generator.check;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Items filed under a literal key prefix, found by compatibility: two keys can only meet when one's
 * leading literal text starts with the other's. Finds them in time proportional to the literal's
 * length and the matches, so checks over many entities stay near linear.
 */
final class LiteralIndex<T> {
  private final TreeMap<String, List<T>> byLiteral = new TreeMap<>();

  void add(String literal, T item) {
    byLiteral.computeIfAbsent(literal, k -> new ArrayList<>()).add(item);
  }

  /** Items whose literal is a prefix of {@code literal}, or starts with it. */
  List<T> compatible(String literal) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < literal.length(); i++) {
      List<T> shorter = byLiteral.get(literal.substring(0, i));
      if (shorter != null) {
        out.addAll(shorter);
      }
    }
    for (List<T> longer :
        byLiteral.subMap(literal, true, literal + Character.MAX_VALUE, true).values()) {
      out.addAll(longer);
    }
    return out;
  }
}
