package dev.tablesmith.generator.model;

import dev.tablesmith.generator.diag.Location;
import java.util.List;

/** A document type declared under {@code types}, stored as a map. */
public record EmbeddedType(
    String name, String description, List<Attribute> fields, Location location) {
  public EmbeddedType {
    fields = List.copyOf(fields);
  }
}
