package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.NameAllocator;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The key templates of one entity as {@code KeyTemplate} constants of its codec, one per key part
 * that a template fills (plain-attribute keys need none: the attribute is the key), named after the
 * index and side. A part another index shares (a local index's partition key) shares the table's
 * constant.
 */
final class Templates {
  private final Entity entity;
  private final ClassName codec;
  private final String delimiter;
  private final Map<KeyPart, FieldSpec> fields = new LinkedHashMap<>();

  Templates(Entity entity, ClassName codec, String delimiter) {
    this.entity = entity;
    this.codec = codec;
    this.delimiter = delimiter;
    NameAllocator names = new NameAllocator();
    for (EntityKey key : entity.keys()) {
      side(names, key, key.partition(), "PARTITION");
      side(names, key, key.sort(), "SORT");
    }
  }

  private void side(NameAllocator names, EntityKey key, List<KeyPart> parts, String side) {
    for (KeyPart part : parts) {
      if (isPlain(part) || fields.containsKey(part)) {
        continue;
      }
      String index =
          key.index().isPrimary() ? "TABLE" : key.index().name().toUpperCase(Locale.ROOT);
      String suffix =
          parts.size() > 1 ? "_" + part.attribute().name().toUpperCase(Locale.ROOT) : "";
      String name = names.newName(index + "_" + side + suffix, part);
      fields.put(
          part,
          FieldSpec.builder(RuntimeTypes.KEY_TEMPLATE, name, Modifier.STATIC, Modifier.FINAL)
              .initializer(
                  "$T.parse($S, $T.$L, $S)",
                  RuntimeTypes.KEY_TEMPLATE,
                  part.template().source(),
                  RuntimeTypes.KEY_TEMPLATE_KIND,
                  side,
                  delimiter)
              .build());
    }
  }

  /** Whether the part is an attribute of the entity stored under the key attribute's name. */
  boolean isPlain(KeyPart part) {
    Template t = part.template();
    return t.isPlain()
        && entity
            .attribute(t.placeholders().get(0))
            .filter(a -> a.storedName().equals(part.attribute().name()))
            .isPresent();
  }

  List<FieldSpec> fields() {
    return new ArrayList<>(fields.values());
  }

  /** The codec's constant for a templated part, qualified: {@code OrderCodec.GSI1_PARTITION}. */
  CodeBlock ref(KeyPart part) {
    return CodeBlock.of("$T.$N", codec, fields.get(part));
  }

  /** The attribute a placeholder names. */
  Attribute attribute(String name) {
    return entity.attribute(name).orElseThrow();
  }
}
