package dev.tablesmith.generator.check;

import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.TypeRef;
import dev.tablesmith.generator.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Whether a literal written in the model (a default, a fixed binding, a filter or constant operand)
 * is a valid value of an attribute's type. Enum literals are stored values.
 */
public final class Literals {
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private Literals() {}

  /** Why {@code value} is not a valid value of {@code attribute}, or empty when it is. */
  public static Optional<String> problem(Attribute attribute, Value value) {
    TypeRef type = attribute.type();
    String text = value.text();
    return switch (type.kind()) {
      case STRING -> Optional.empty();
      case INT -> integer(value, INT_MIN, INT_MAX);
      case LONG -> integer(value, LONG_MIN, LONG_MAX);
      case DECIMAL, DOUBLE -> number(value);
      case BOOLEAN ->
          value.kind() == Value.Kind.BOOLEAN
              ? Optional.empty()
              : Optional.of("write true or false");
      case INSTANT -> instant(attribute, text);
      case DATE -> date(text);
      case ENUM ->
          type.values().stream().anyMatch(v -> v.stored().equals(text))
              ? Optional.empty()
              : Optional.of(
                  "write one of the stored values "
                      + String.join(
                          ", ", type.values().stream().map(TypeRef.EnumValue::stored).toList()));
      default -> Optional.of("a " + type.describe() + " cannot be written as a literal");
    };
  }

  private static Optional<String> integer(Value value, BigInteger min, BigInteger max) {
    if (value.kind() != Value.Kind.INTEGER) {
      return Optional.of("write a whole number");
    }
    BigInteger n = new BigInteger(value.text());
    return n.compareTo(min) < 0 || n.compareTo(max) > 0
        ? Optional.of("it is out of range (" + min + " to " + max + ")")
        : Optional.empty();
  }

  private static Optional<String> number(Value value) {
    if (value.kind() != Value.Kind.INTEGER && value.kind() != Value.Kind.DECIMAL) {
      return Optional.of("write a number");
    }
    new BigDecimal(value.text());
    return Optional.empty();
  }

  private static Optional<String> instant(Attribute attribute, String text) {
    try {
      if (attribute.format() == Attribute.InstantFormat.ISO_LOCAL) {
        LocalDateTime.parse(text);
      } else if (attribute.format().isEpoch() || attribute.role() == Attribute.Role.TTL) {
        Long.parseLong(text);
      } else {
        Instant.parse(text);
      }
      return Optional.empty();
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.of("write it like " + attribute.format().example());
    }
  }

  private static Optional<String> date(String text) {
    try {
      LocalDate.parse(text);
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of("write it like 2026-11-21");
    }
  }
}
