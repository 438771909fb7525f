package dev.tablesmith.generator.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An attribute's type: a built-in kind, an element type for collections, enum values, or an
 * embedded type.
 */
public record TypeRef(Kind kind, String name, Optional<TypeRef> element, List<EnumValue> values) {

  /** The model's built-in types, plus EMBEDDED for a name under {@code types}. */
  public enum Kind {
    STRING,
    INT,
    LONG,
    DECIMAL,
    DOUBLE,
    BOOLEAN,
    INSTANT,
    DATE,
    ENUM,
    BINARY,
    LIST,
    SET,
    MAP,
    DOCUMENT,
    EMBEDDED;

    /** The model's spelling of a built-in type. */
    public String modelName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The built-in kind spelt {@code name}, if there is one. */
    public static Optional<Kind> builtIn(String name) {
      for (Kind k : values()) {
        if (k != EMBEDDED && k.modelName().equals(name)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }

    /** Whether values are numbers (int, long, decimal, double). */
    public boolean isNumeric() {
      return this == INT || this == LONG || this == DECIMAL || this == DOUBLE;
    }
  }

  /** One enum value: the Java constant and the stored code. */
  public record EnumValue(String constant, String stored) {}

  public TypeRef {
    values = List.copyOf(values);
  }

  /** A type without element or values. */
  public static TypeRef of(Kind kind) {
    return new TypeRef(kind, kind.modelName(), Optional.empty(), List.of());
  }

  /** How messages name the type: {@code list of string}, {@code Address}. */
  public String describe() {
    return element.map(e -> name + " of " + e.describe()).orElse(name);
  }
}
