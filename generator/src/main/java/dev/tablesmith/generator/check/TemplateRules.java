package dev.tablesmith.generator.check;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Attribute.Role;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.KeyAttribute.KeyType;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.model.Template;
import dev.tablesmith.generator.model.TypeRef;
import dev.tablesmith.generator.model.TypeRef.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a key template may hold: renderable types (TS305), padding in sort keys (TS304), required
 * attributes in primary keys (TS306), roles (TS307), plain keys for number and binary key
 * attributes (TS309), enum values that could forge a key (TS316), static key sizes (TS315), and
 * constant partitions (TS314, a warning).
 */
final class TemplateRules {
  private static final Set<Kind> UNRENDERABLE =
      Set.of(
          Kind.LIST,
          Kind.SET,
          Kind.MAP,
          Kind.EMBEDDED,
          Kind.DOCUMENT,
          Kind.BINARY,
          Kind.DECIMAL,
          Kind.DOUBLE);

  private final ResolvedModel model;
  private final Diagnostics diagnostics;

  TemplateRules(ResolvedModel model, Diagnostics diagnostics) {
    this.model = model;
    this.diagnostics = diagnostics;
  }

  void check() {
    for (Entity e : model.entities()) {
      for (EntityKey key : e.keys()) {
        for (KeyPart part : key.partition()) {
          part(e, key, part, false);
        }
        for (KeyPart part : key.sort()) {
          part(e, key, part, true);
        }
        hotPartition(e, key);
      }
    }
  }

  private void part(Entity e, EntityKey key, KeyPart part, boolean sort) {
    Template t = part.template();
    if (part.attribute().type() != KeyType.STRING) {
      plainKey(e, part);
      return;
    }
    for (int i = 0; i < t.parts().size(); i++) {
      if (t.parts().get(i) instanceof Template.Placeholder p) {
        Optional<Attribute> a = e.attribute(p.attribute());
        if (a.isPresent()) {
          placeholder(e, key, t, a.get(), guard(t, i), sort);
        }
      }
    }
    int limit = sort ? 1024 : 2048;
    int min = minimumBytes(e, t);
    if (min > limit) {
      diagnostics.report(
          Code.TS315,
          t.location(),
          "template '"
              + abbreviate(t.source())
              + "' renders at least "
              + min
              + " bytes; DynamoDB allows at most "
              + limit
              + " in a "
              + (sort ? "sort" : "partition")
              + " key");
    }
  }

  private void plainKey(Entity e, KeyPart part) {
    Template t = part.template();
    boolean plain =
        t.isPlain()
            && e.attribute(t.placeholders().get(0))
                .filter(a -> a.storedName().equals(part.attribute().name()))
                .isPresent();
    if (!plain) {
      diagnostics.report(
          Code.TS309,
          t.location(),
          part.attribute().name(),
          "declared " + part.attribute().type().name().toLowerCase(java.util.Locale.ROOT),
          "; only an attribute stored under that name can fill it, not template '"
              + t.source()
              + "': store an attribute of "
              + e.name()
              + " as '"
              + part.attribute().name()
              + "'");
    }
  }

  private void placeholder(
      Entity e, EntityKey key, Template t, Attribute a, String guard, boolean sort) {
    Kind kind = a.type().kind();
    boolean plainCopy =
        t.isPlain()
            && a.storedName()
                .equals(
                    key.parts().stream()
                        .filter(p -> p.template() == t)
                        .findFirst()
                        .map(p -> p.attribute().name())
                        .orElse(""));
    if (UNRENDERABLE.contains(kind) && !plainCopy
        || (kind == Kind.INSTANT && a.format().isEpoch())) {
      String why =
          kind == Kind.DECIMAL || kind == Kind.DOUBLE
              ? ": equal numbers can render differently (1.0, 1.00); use a long, padded in a sort"
                    + " key"
              : kind == Kind.INSTANT
                  ? ": it is stored as a number; use an iso format in templates"
                  : "";
      diagnostics.report(Code.TS305, t.location(), a.name(), a.type().describe(), why);
      return;
    }
    if (sort && (kind == Kind.INT || kind == Kind.LONG) && a.pad() == 0 && !plainCopy) {
      diagnostics.reportWithHint(
          Code.TS304,
          t.location(),
          "give it a width: "
              + a.name()
              + ": { type: "
              + kind.modelName()
              + ", pad: "
              + (kind == Kind.INT ? 10 : 19)
              + " }",
          kind.modelName(),
          a.name());
    }
    if (key.index().isPrimary() && a.optional()) {
      diagnostics.report(Code.TS306, t.location(), a.name(), t.source());
    }
    if (a.role() == Role.VERSION
        || a.role() == Role.TTL
        || (a.role() == Role.UPDATED && key.index().isPrimary())) {
      diagnostics.report(
          Code.TS307,
          t.location(),
          a.name(),
          a.role().modelName(),
          key.index().isPrimary()
              ? "a primary key template (it changes on writes)"
              : "a key template (it changes on every write)");
    }
    if (kind == Kind.ENUM) {
      for (TypeRef.EnumValue v : a.type().values()) {
        if (v.stored().contains(guard)) {
          String role =
              guardFollows(t, a.name())
                  ? "the text that follows <" + a.name() + ">"
                  : "the delimiter, and <" + a.name() + "> ends the key";
          diagnostics.report(
              Code.TS316, t.location(), v.stored(), a.name(), guard, role, t.source());
        }
      }
    }
  }

  private String guard(Template t, int index) {
    List<Template.Part> parts = t.parts();
    return index + 1 < parts.size() && parts.get(index + 1) instanceof Template.Literal l
        ? l.text()
        : model.table().delimiter();
  }

  private static boolean guardFollows(Template t, String attribute) {
    List<Template.Part> parts = t.parts();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).equals(new Template.Placeholder(attribute))) {
        return i + 1 < parts.size();
      }
    }
    return false;
  }

  private void hotPartition(Entity e, EntityKey key) {
    boolean constant = key.partition().stream().allMatch(p -> p.template().isConstant());
    boolean many =
        !key.index().isPrimary() || key.sort().stream().anyMatch(p -> !p.template().isConstant());
    if (constant && many && key.index().partitionKey().get(0).type() == KeyType.STRING) {
      Template t = key.partitionTemplate();
      diagnostics.reportWithHint(
          Code.TS314,
          t.location(),
          "shard it: add an attribute with a few values (say shard: { type: int } from 0 to 9),"
              + " write a random one, use \""
              + t.source()
              + "#<shard>\", and query each shard",
          e.name() + " on " + key.index().describe(),
          key.index().partitionKey().get(0).name() + " = \"" + t.source() + "\"");
    }
  }

  private static int minimumBytes(Entity e, Template t) {
    int bytes = 0;
    for (Template.Part part : t.parts()) {
      if (part instanceof Template.Literal l) {
        bytes += l.text().getBytes(StandardCharsets.UTF_8).length;
      } else {
        bytes +=
            e.attribute(((Template.Placeholder) part).attribute())
                .map(TemplateRules::minimumBytes)
                .orElse(1);
      }
    }
    return bytes;
  }

  private static int minimumBytes(Attribute a) {
    return switch (a.type().kind()) {
      case ENUM ->
          a.type().values().stream()
              .mapToInt(v -> v.stored().getBytes(StandardCharsets.UTF_8).length)
              .min()
              .orElse(1);
      case BOOLEAN -> 4;
      case DATE -> 10;
      case INSTANT -> a.format().example().length();
      case INT, LONG -> Math.max(1, a.pad());
      default -> 1;
    };
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
