package dev.tablesmith.generator.emit.docs;

import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Constant;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.Projection;
import dev.tablesmith.generator.model.Template;
import dev.tablesmith.generator.model.TypeRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sizes the cost estimates assume: an item is its entity's declared {@code itemSize}, or
 * {@value #DEFAULT_ITEM_SIZE} bytes; an index entry is the whole item when the index projects all
 * attributes, else the table's and the index's key attributes plus the projected ones (never more
 * than the item). A key attribute counts its name and its value: the template's literal text plus
 * an assumed size for each placeholder ({@link #value}).
 */
final class Sizes {
  /** Bytes of an item whose entity declares no {@code itemSize}. */
  static final long DEFAULT_ITEM_SIZE = 1024;

  /** Assumed bytes of a string value (a UUID's length). */
  static final long STRING_VALUE = 36;

  /** Assumed bytes of an unpadded number (DynamoDB's largest number). */
  static final long NUMBER_VALUE = 21;

  /** Assumed bytes of a boolean ({@code false} in a key). */
  static final long BOOLEAN_VALUE = 5;

  /** Assumed bytes of a binary, list, set, map, document or embedded value. */
  static final long OTHER_VALUE = 100;

  private Sizes() {}

  /** Bytes of one item of {@code entity}. */
  static long item(Entity entity) {
    return entity.itemSize().isPresent() ? entity.itemSize().getAsInt() : DEFAULT_ITEM_SIZE;
  }

  /** Bytes of {@code entity}'s entry in {@code index} (the item itself on the table). */
  static long entry(Entity entity, Index index) {
    if (index.isPrimary() || index.projection().type() == Projection.Type.ALL) {
      return item(entity);
    }
    Map<String, Long> attributes = keyAttributes(entity, index);
    for (String stored : index.projection().include()) {
      if (!attributes.containsKey(stored)) {
        projected(entity, stored).ifPresent(bytes -> attributes.put(stored, bytes));
      }
    }
    long total = attributes.values().stream().mapToLong(Long::longValue).sum();
    return Math.min(total, item(entity));
  }

  /** Every key attribute of the table and of {@code index} with its bytes (name and value). */
  private static Map<String, Long> keyAttributes(Entity entity, Index index) {
    List<KeyPart> parts = new ArrayList<>(entity.primaryKey().parts());
    entity.key(index.name()).map(EntityKey::parts).ifPresent(parts::addAll);
    Map<String, Long> bytes = new LinkedHashMap<>();
    for (KeyPart p : parts) {
      bytes.putIfAbsent(
          p.attribute().name(), utf8(p.attribute().name()) + template(p.template(), entity));
    }
    return bytes;
  }

  /** Bytes of the attribute or constant stored as {@code stored}, with its name, if any. */
  private static Optional<Long> projected(Entity entity, String stored) {
    Optional<Attribute> attribute = entity.storedAttribute(stored);
    if (attribute.isPresent()) {
      return Optional.of(utf8(stored) + value(attribute.get()));
    }
    for (Constant c : entity.constants()) {
      if (c.storedName().equals(stored)) {
        return Optional.of(utf8(stored) + utf8(c.value().text()));
      }
    }
    return Optional.empty();
  }

  /** Bytes a template renders to: its literal text, and each placeholder's assumed value. */
  static long template(Template template, Entity entity) {
    long bytes = 0;
    for (Template.Part part : template.parts()) {
      if (part instanceof Template.Literal l) {
        bytes += utf8(l.text());
      } else if (part instanceof Template.Placeholder p) {
        bytes += entity.attribute(p.attribute()).map(Sizes::value).orElse(STRING_VALUE);
      }
    }
    return bytes;
  }

  /** The assumed bytes of one value of {@code attribute}. */
  static long value(Attribute attribute) {
    TypeRef type = attribute.type();
    return switch (type.kind()) {
      case STRING -> STRING_VALUE;
      case ENUM ->
          type.values().stream().mapToLong(v -> utf8(v.stored())).max().orElse(STRING_VALUE);
      case DATE -> 10;
      case INSTANT ->
          attribute.role() == Attribute.Role.TTL
              ? utf8(Attribute.InstantFormat.EPOCH_SECONDS.example())
              : utf8(attribute.format().example());
      case BOOLEAN -> BOOLEAN_VALUE;
      case INT, LONG, DECIMAL, DOUBLE -> attribute.pad() > 0 ? attribute.pad() : NUMBER_VALUE;
      default -> OTHER_VALUE;
    };
  }

  static long utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
