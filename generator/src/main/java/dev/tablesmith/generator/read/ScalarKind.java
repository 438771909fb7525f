package dev.tablesmith.generator.read;

/**
 * What a scalar means under the YAML 1.2 core schema. Plain scalars whose meaning differs between
 * YAML 1.1 and 1.2 ({@code yes}, {@code 010}, ...) are reported by the reader and kept as text.
 */
public enum ScalarKind {
  STRING("text"),
  INTEGER("an integer"),
  DECIMAL("a number with a fraction or exponent"),
  BOOLEAN("a boolean"),
  NULL("null");

  private final String description;

  ScalarKind(String description) {
    this.description = description;
  }

  /** How messages name this kind. */
  public String description() {
    return description;
  }
}
