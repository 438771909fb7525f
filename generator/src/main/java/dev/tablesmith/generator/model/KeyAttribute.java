package dev.tablesmith.generator.model;

import dev.tablesmith.generator.diag.Location;

/** A key attribute of the table or an index: its DynamoDB name and scalar type. */
public record KeyAttribute(String name, KeyType type, Location location) {

  /** The DynamoDB scalar type of a key attribute. */
  public enum KeyType {
    STRING("S"),
    NUMBER("N"),
    BINARY("B");

    private final String dynamoType;

    KeyType(String dynamoType) {
      this.dynamoType = dynamoType;
    }

    /** {@code S}, {@code N} or {@code B}. */
    public String dynamoType() {
      return dynamoType;
    }
  }
}
