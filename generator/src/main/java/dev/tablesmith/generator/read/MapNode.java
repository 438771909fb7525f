package dev.tablesmith.generator.read;

import dev.tablesmith.generator.diag.Location;
import java.util.List;
import java.util.Optional;

/** A YAML mapping, its entries in written order. Keys are unique (the reader reports repeats). */
public record MapNode(Location location, List<Entry> entries) implements Node {

  /** One key and its value. */
  public record Entry(ScalarNode key, Node value) {}

  public MapNode {
    entries = List.copyOf(entries);
  }

  /** The entry with this key, if any. */
  public Optional<Entry> entry(String key) {
    for (Entry e : entries) {
      if (e.key().text().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The value under this key, if any. */
  public Optional<Node> get(String key) {
    return entry(key).map(Entry::value);
  }

  @Override
  public String describe() {
    return "a mapping";
  }
}
