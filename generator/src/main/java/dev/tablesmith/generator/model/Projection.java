package dev.tablesmith.generator.model;

import java.util.List;

/**
 * What an index projects: all attributes, keys only, or keys plus the named (stored) attributes.
 */
public record Projection(Type type, List<String> include) {
  /** ALL, KEYS_ONLY or INCLUDE, as DynamoDB names them. */
  public enum Type {
    ALL,
    KEYS_ONLY,
    INCLUDE
  }

  public static final Projection ALL = new Projection(Type.ALL, List.of());

  public Projection {
    include = List.copyOf(include);
  }

  /** How the model writes it: {@code all}, {@code keys-only} or {@code [a, b]}. */
  public String describe() {
    return switch (type) {
      case ALL -> "all attributes";
      case KEYS_ONLY -> "keys only";
      case INCLUDE -> "keys and " + String.join(", ", include);
    };
  }
}
