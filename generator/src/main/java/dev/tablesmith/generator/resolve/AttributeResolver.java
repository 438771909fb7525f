package dev.tablesmith.generator.resolve;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.diag.Location;
import dev.tablesmith.generator.diag.NearestName;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Attribute.InstantFormat;
import dev.tablesmith.generator.model.Attribute.Role;
import dev.tablesmith.generator.model.TypeRef;
import dev.tablesmith.generator.model.TypeRef.Kind;
import dev.tablesmith.generator.read.MapNode;
import dev.tablesmith.generator.read.Node;
import dev.tablesmith.generator.read.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves attribute declarations ({@code name: TYPE}, {@code TYPE?} or the long form) into {@link
 * Attribute}s: type names, element types, enum values, and which options apply to which type.
 * Reports TS204, TS209, TS214, TS220 to TS225.
 */
final class AttributeResolver {
  private static final Set<Kind> SET_ELEMENTS =
      Set.of(Kind.STRING, Kind.LONG, Kind.DECIMAL, Kind.BINARY);

  private final Set<String> typeNames;
  private final Diagnostics diagnostics;

  AttributeResolver(Set<String> typeNames, Diagnostics diagnostics) {
    this.typeNames = typeNames;
    this.diagnostics = diagnostics;
  }

  /** The attributes declared in a mapping of name to declaration, in written order. */
  List<Attribute> resolveAll(List<MapNode.Entry> entries) {
    List<Attribute> attributes = new ArrayList<>();
    for (MapNode.Entry entry : entries) {
      attributes.add(resolve(entry.key().text(), entry.key().location(), entry.value()));
    }
    return attributes;
  }

  private Attribute resolve(String name, Location at, Node declaration) {
    if (declaration instanceof ScalarNode s) {
      String text = s.text();
      boolean optional = text.endsWith("?");
      String typeName = optional ? text.substring(0, text.length() - 1) : text;
      TypeRef type = type(typeName, s.location(), Fields.of(s));
      return new Attribute(
          name,
          name,
          type,
          optional,
          Role.NONE,
          0,
          InstantFormat.ISO_MILLIS,
          Optional.empty(),
          "",
          at);
    }
    Fields f = Fields.of(declaration);
    TypeRef type =
        type(f.text("type", "string"), f.scalar("type").map(ScalarNode::location).orElse(at), f);
    int pad = padding(type, f);
    InstantFormat format = format(type, f);
    Role role = f.text("role").map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT))).orElse(Role.NONE);
    return new Attribute(
        name,
        f.text("stored", name),
        type,
        f.bool("optional"),
        role,
        pad,
        format,
        f.node("default").map(Fields::value),
        f.text("description", ""),
        at);
  }

  /** The type named {@code name}; {@code f} holds {@code of} and {@code values} when given. */
  private TypeRef type(String name, Location at, Fields f) {
    Optional<Kind> builtIn = Kind.builtIn(name);
    if (builtIn.isEmpty() && !typeNames.contains(name)) {
      List<String> known = new ArrayList<>();
      for (Kind k : Kind.values()) {
        if (k != Kind.EMBEDDED) {
          known.add(k.modelName());
        }
      }
      known.addAll(typeNames);
      diagnostics.reportWithHint(Code.TS209, at, NearestName.hint(name, known), name);
      return TypeRef.of(Kind.DOCUMENT);
    }
    Kind kind = builtIn.orElse(Kind.EMBEDDED);
    Optional<TypeRef> element = element(kind, name, at, f);
    List<TypeRef.EnumValue> values = enumValues(kind, at, f);
    return new TypeRef(kind, name, element, values);
  }

  private Optional<TypeRef> element(Kind kind, String name, Location at, Fields f) {
    boolean collection = kind == Kind.LIST || kind == Kind.SET || kind == Kind.MAP;
    Optional<Node> of = f.node("of");
    if (!collection) {
      of.ifPresent(
          n ->
              diagnostics.report(
                  Code.TS220, n.location(), "'of' applies to list, set and map, not " + name));
      return Optional.empty();
    }
    if (of.isEmpty()) {
      diagnostics.report(Code.TS220, at, "type " + name + " needs 'of: TYPE' for its elements");
      return Optional.of(TypeRef.of(Kind.DOCUMENT));
    }
    TypeRef element = elementType(of.get());
    if (kind == Kind.SET && !SET_ELEMENTS.contains(element.kind())) {
      diagnostics.report(Code.TS221, of.get().location(), element.describe());
    }
    return Optional.of(element);
  }

  private TypeRef elementType(Node of) {
    Fields f = Fields.of(of);
    if (of instanceof ScalarNode s) {
      if (s.text().endsWith("?")) {
        diagnostics.report(Code.TS220, s.location(), "elements cannot be optional; drop the '?'");
      }
      return type(s.text().replace("?", ""), s.location(), f);
    }
    for (String key : List.of("optional", "stored", "role", "pad", "format", "default")) {
      f.node(key)
          .ifPresent(
              n ->
                  diagnostics.report(
                      Code.TS220,
                      n.location(),
                      "'" + key + "' does not apply to the element type given under 'of'"));
    }
    return type(f.text("type", "string"), of.location(), f);
  }

  private List<TypeRef.EnumValue> enumValues(Kind kind, Location at, Fields f) {
    Optional<Node> values = f.node("values");
    if (kind != Kind.ENUM) {
      values.ifPresent(
          n -> diagnostics.report(Code.TS222, n.location(), "'values' applies to enum only"));
      return List.of();
    }
    if (values.isEmpty()) {
      diagnostics.report(Code.TS222, at, "type enum needs 'values': a list of stored values");
      return List.of();
    }
    return EnumConstants.resolve(values.get(), diagnostics);
  }

  private int padding(TypeRef type, Fields f) {
    Optional<ScalarNode> pad = f.scalar("pad");
    if (pad.isEmpty()) {
      return 0;
    }
    Location at = pad.get().location();
    if (type.kind() != Kind.INT && type.kind() != Kind.LONG) {
      diagnostics.report(Code.TS223, at, type.describe());
      return 0;
    }
    int max = type.kind() == Kind.INT ? 10 : 19;
    long digits = Fields.longValue(pad.get()).orElse(-1L);
    if (digits < 1 || digits > max) {
      diagnostics.report(Code.TS224, at, pad.get().text(), type.describe(), max);
      return 0;
    }
    return (int) digits;
  }

  private InstantFormat format(TypeRef type, Fields f) {
    Optional<ScalarNode> format = f.scalar("format");
    if (format.isPresent() && type.kind() != Kind.INSTANT) {
      diagnostics.report(Code.TS225, format.get().location(), type.describe());
    }
    return format.map(s -> InstantFormat.of(s.text())).orElse(InstantFormat.ISO_MILLIS);
  }
}
