package dev.tablesmith.generator.model;

import dev.tablesmith.generator.diag.Location;

/** A literal written in the model (a default, a fixed binding, a filter constant). */
public record Value(String text, Kind kind, Location location) {

  /** What the literal was written as. */
  public enum Kind {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN
  }
}
