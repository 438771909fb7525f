package dev.tablesmith.generator.model;

import dev.tablesmith.generator.diag.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * A key template: literal text and {@code <attribute>} placeholders, parsed once. A plain template
 * is a single placeholder (an attribute that is itself the key); a constant has no placeholder.
 */
public record Template(String source, List<Part> parts, Location location) {

  /** Literal text or a placeholder. */
  public sealed interface Part permits Literal, Placeholder {}

  /** Literal text. */
  public record Literal(String text) implements Part {}

  /** A placeholder naming an attribute. */
  public record Placeholder(String attribute) implements Part {}

  public Template {
    parts = List.copyOf(parts);
  }

  /** A template of one placeholder. */
  public static Template plain(String attribute, Location location) {
    return new Template("<" + attribute + ">", List.of(new Placeholder(attribute)), location);
  }

  /** A constant template. */
  public static Template constant(String text, Location location) {
    return new Template(text, List.of(new Literal(text)), location);
  }

  /** The attributes named by placeholders, in order. */
  public List<String> placeholders() {
    List<String> names = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Placeholder ph) {
        names.add(ph.attribute());
      }
    }
    return names;
  }

  /** Whether there is no placeholder. */
  public boolean isConstant() {
    return parts.stream().noneMatch(Placeholder.class::isInstance);
  }

  /** Whether the template is a single placeholder. */
  public boolean isPlain() {
    return parts.size() == 1 && parts.get(0) instanceof Placeholder;
  }

  /** The literal text before the first placeholder (all of it for a constant). */
  public String leadingLiteral() {
    return parts.isEmpty() || !(parts.get(0) instanceof Literal l) ? "" : l.text();
  }

  /** Same parts, ignoring where each was written. */
  public boolean sameShape(Template other) {
    return parts.equals(other.parts);
  }

  @Override
  public String toString() {
    return source;
  }
}
