package dev.tablesmith.generator.read;

import dev.tablesmith.generator.diag.Location;

/** A scalar as written: its text, what it means, and whether it was quoted. */
public record ScalarNode(Location location, String text, ScalarKind kind, boolean quoted)
    implements Node {

  @Override
  public String describe() {
    return kind == ScalarKind.STRING
        ? "the text '" + text + "'"
        : kind.description() + " (" + text + ")";
  }
}
