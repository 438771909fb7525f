package dev.tablesmith.generator.model;

import dev.tablesmith.generator.diag.Location;
import java.util.Locale;
import java.util.Optional;

/** An attribute of an entity (or a field of an embedded type). {@code pad} is 0 when absent. */
public record Attribute(
    String name,
    String storedName,
    TypeRef type,
    boolean optional,
    Role role,
    int pad,
    InstantFormat format,
    Optional<Value> defaultValue,
    String description,
    Location location) {

  /** What the attribute does besides holding data. */
  public enum Role {
    NONE,
    VERSION,
    CREATED,
    UPDATED,
    TTL;

    /** The model's spelling. */
    public String modelName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How an instant is stored. */
  public enum InstantFormat {
    ISO_MILLIS("iso-millis", "2026-11-21T10:15:30.000Z"),
    ISO_SECONDS("iso-seconds", "2026-11-21T10:15:30Z"),
    ISO_LOCAL("iso-local", "2026-11-21T10:15:30"),
    EPOCH_SECONDS("epoch-seconds", "1795255530"),
    EPOCH_MILLIS("epoch-millis", "1795255530000");

    private final String modelName;
    private final String example;

    InstantFormat(String modelName, String example) {
      this.modelName = modelName;
      this.example = example;
    }

    /** The model's spelling. */
    public String modelName() {
      return modelName;
    }

    /** A rendered example. */
    public String example() {
      return example;
    }

    /** Whether it is stored as a number (N) rather than fixed-width text. */
    public boolean isEpoch() {
      return this == EPOCH_SECONDS || this == EPOCH_MILLIS;
    }

    /** The format spelt {@code modelName}. */
    public static InstantFormat of(String modelName) {
      for (InstantFormat f : values()) {
        if (f.modelName.equals(modelName)) {
          return f;
        }
      }
      throw new IllegalArgumentException(modelName);
    }
  }

  /**
   * The DynamoDB type the value is stored as: S, N, B, BOOL, L, M, SS, NS, BS, or * for document.
   */
  public String dynamoType() {
    return switch (type.kind()) {
      case STRING, ENUM, DATE -> "S";
      case INSTANT -> format.isEpoch() || role == Role.TTL ? "N" : "S";
      case INT, LONG, DECIMAL, DOUBLE -> "N";
      case BOOLEAN -> "BOOL";
      case BINARY -> "B";
      case LIST -> "L";
      case MAP, EMBEDDED -> "M";
      case SET ->
          switch (type.element().map(e -> e.kind()).orElse(TypeRef.Kind.STRING)) {
            case BINARY -> "BS";
            case STRING -> "SS";
            default -> "NS";
          };
      case DOCUMENT -> "*";
    };
  }
}
