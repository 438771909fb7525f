package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.Filter;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.TypeRef;
import dev.tablesmith.generator.plan.KeyCondition;
import dev.tablesmith.generator.plan.PlannedPattern;
import dev.tablesmith.generator.plan.RangeSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Builds a query pattern's {@code QuerySpec} in one private method: the partition value from the
 * bound attributes, the sort condition (equality, prefix, or the caller's range closed by the
 * prefix), the filter, order, consistency and page size, all as the plan says.
 */
final class QueryBuilder {
  private final JavaTypes types;
  private final Map<String, Templates> templates;
  private final Map<String, FieldSpec> keyConstants;

  QueryBuilder(
      JavaTypes types, Map<String, Templates> templates, Map<String, FieldSpec> keyConstants) {
    this.types = types;
    this.templates = templates;
    this.keyConstants = keyConstants;
  }

  /** The private method and what the public methods need of it. */
  record Query(
      MethodSpec method,
      List<ParameterSpec> parameters,
      Optional<ParameterSpec> range,
      Map<ParameterSpec, String> docs) {
    CodeBlock arguments() {
      return CodeBlock.join(parameters.stream().map(p -> CodeBlock.of("$N", p)).toList(), ", ");
    }

    String doc(ParameterSpec p) {
      return docs.get(p);
    }
  }

  Query build(PlannedPattern p, String methodName) {
    Entity e = p.entities().get(0);
    Templates t = templates.get(e.name());
    NameAllocator names = new NameAllocator();
    Map<String, CodeBlock> values = new LinkedHashMap<>();
    List<ParameterSpec> parameters = new ArrayList<>();
    Map<ParameterSpec, String> docs = new IdentityHashMap<>();
    for (Attribute a : p.parameters()) {
      ParameterSpec param =
          ParameterSpec.builder(types.of(e.name(), a), names.newName(a.name(), a)).build();
      parameters.add(param);
      docs.put(param, "the " + a.name());
      values.put(a.name(), CodeBlock.of("$N", param));
    }
    for (AccessPattern.Binding b : p.fixed()) {
      Attribute a = e.attribute(b.attribute().name()).orElseThrow();
      values.put(a.name(), types.literal(e.name(), a, b.value().text()));
    }
    Optional<ParameterSpec> range =
        p.keyCondition()
            .range()
            .map(
                r -> {
                  TypeName boxed = types.boxed(e.name(), r.attribute(), r.attribute().type());
                  ParameterSpec param =
                      ParameterSpec.builder(
                              ParameterizedTypeName.get(RuntimeTypes.KEY_RANGE, boxed),
                              names.newName(r.attribute().name(), "range"))
                          .build();
                  docs.put(
                      param,
                      "the range of " + r.attribute().name() + " (" + "KeyRange.all() for any)");
                  return param;
                });
    range.ifPresent(parameters::add);
    List<CodeBlock> filters = new ArrayList<>();
    for (PlannedPattern.PlannedFilter f : p.filters()) {
      filters.add(filter(e, f, names, parameters, docs));
    }
    EntityKey key = e.key(p.index().name()).orElseThrow();
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(methodName)
            .addModifiers(Modifier.PRIVATE)
            .returns(RuntimeTypes.QUERY_SPEC);
    parameters.forEach(m::addParameter);
    if (p.index().partitionKey().size() > 1 || p.index().sortKey().size() > 1) {
      multiAttribute(m, p, e, t, values, range, filters);
      return new Query(m.build(), parameters, range, docs);
    }
    m.addStatement(
        "return new $T($S, $L, $N,\n    $L,\n    $L,\n    $L,\n    $L, $L, $L)",
        RuntimeTypes.QUERY_SPEC,
        p.name(),
        p.index().isPrimary() ? "null" : CodeBlock.of("$S", p.index().name()),
        keyConstants.get(p.index().name()),
        partition(e, t, key, values),
        sort(p, e, t, key, values, range),
        filters.isEmpty()
            ? "null"
            : filters.size() == 1
                ? filters.get(0)
                : CodeBlock.of("$T.and($L)", RuntimeTypes.CONDITION, CodeBlock.join(filters, ", ")),
        p.declared().descending(),
        p.declared().consistent(),
        p.declared().pageSize());
    return new Query(m.build(), parameters, range, docs);
  }

  /**
   * A query on a native multi-attribute key: equality on the first partition part, then on every
   * other partition part and the leading sort parts, then the range on the next sort part.
   */
  private void multiAttribute(
      MethodSpec.Builder m,
      PlannedPattern p,
      Entity e,
      Templates t,
      Map<String, CodeBlock> values,
      Optional<ParameterSpec> range,
      List<CodeBlock> filters) {
    KeyCondition c = p.keyCondition();
    CodeBlock keys =
        CodeBlock.of(
            "$T.of($S, $L)",
            RuntimeTypes.KEY_ATTRIBUTES,
            c.partition().get(0).attribute().name(),
            c.range()
                .map(r -> CodeBlock.of("$S", r.keyAttribute().name()))
                .orElse(CodeBlock.of("null")));
    CodeBlock sort =
        range
            .map(
                r ->
                    CodeBlock.of(
                        "$T.of($N.map($L::encode))",
                        RuntimeTypes.SORT_KEY_CONDITION,
                        r,
                        types.codec(e.name(), c.range().get().attribute())))
            .orElse(CodeBlock.of("null"));
    CodeBlock.Builder spec =
        CodeBlock.builder()
            .add(
                "new $T($S, $S, $L,\n    $L,\n    $L,\n    $L,\n    $L, $L, $L)",
                RuntimeTypes.QUERY_SPEC,
                p.name(),
                p.index().name(),
                keys,
                partValue(e, t, c.partition().get(0), values),
                sort,
                filters.isEmpty()
                    ? "null"
                    : filters.size() == 1
                        ? filters.get(0)
                        : CodeBlock.of(
                            "$T.and($L)", RuntimeTypes.CONDITION, CodeBlock.join(filters, ", ")),
                p.declared().descending(),
                p.declared().consistent(),
                p.declared().pageSize());
    List<KeyPart> equal = new ArrayList<>(c.partition().subList(1, c.partition().size()));
    equal.addAll(c.sortEqualities());
    for (KeyPart part : equal) {
      spec.add("\n    .equal($S, $L)", part.attribute().name(), partValue(e, t, part, values));
    }
    m.addStatement("return $L", spec.build());
  }

  /** The value of one part of a multi-attribute key: the attribute itself, or a constant. */
  private CodeBlock partValue(Entity e, Templates t, KeyPart part, Map<String, CodeBlock> values) {
    if (part.template().isConstant()) {
      return CodeBlock.of("$T.createS($S)", RuntimeTypes.ATTRIBUTE_VALUE, part.template().source());
    }
    Attribute a = t.attribute(part.template().placeholders().get(0));
    return CodeBlock.of("$L.encode($L)", types.codec(e.name(), a), values.get(a.name()));
  }

  private CodeBlock partition(Entity e, Templates t, EntityKey key, Map<String, CodeBlock> values) {
    KeyPart part = key.partition().get(0);
    if (t.isPlain(part)) {
      Attribute a = t.attribute(part.template().placeholders().get(0));
      return CodeBlock.of("$L.encode($L)", types.codec(e.name(), a), values.get(a.name()));
    }
    return CodeBlock.of(
        "$T.createS($L.render($L))",
        RuntimeTypes.ATTRIBUTE_VALUE,
        t.ref(part),
        keyValues(t, part.template().placeholders(), values));
  }

  private CodeBlock keyValues(Templates t, List<String> names, Map<String, CodeBlock> values) {
    List<CodeBlock> out = new ArrayList<>();
    for (String name : names) {
      out.add(types.keyValue(t.attribute(name), values.get(name)));
    }
    return CodeBlock.join(out, ", ");
  }

  private CodeBlock sort(
      PlannedPattern p,
      Entity e,
      Templates t,
      EntityKey key,
      Map<String, CodeBlock> values,
      Optional<ParameterSpec> range) {
    KeyCondition c = p.keyCondition();
    if (key.sort().isEmpty()) {
      return CodeBlock.of("null");
    }
    KeyPart part = key.sort().get(0);
    List<String> bound = new ArrayList<>();
    for (String name : part.template().placeholders()) {
      if (!values.containsKey(name)) {
        break;
      }
      bound.add(name);
    }
    if (t.isPlain(part)) {
      Attribute a = t.attribute(part.template().placeholders().get(0));
      if (range.isPresent()) {
        return CodeBlock.of(
            "$T.of($N.map($L::encode))",
            RuntimeTypes.SORT_KEY_CONDITION,
            range.get(),
            types.codec(e.name(), a));
      }
      return bound.isEmpty()
          ? CodeBlock.of("null")
          : CodeBlock.of(
              "$T.of($T.Kind.EQUALS, $L.encode($L))",
              RuntimeTypes.SORT_KEY_CONDITION,
              RuntimeTypes.SORT_KEY_CONDITION,
              types.codec(e.name(), a),
              values.get(a.name()));
    }
    if (p.entities().size() > 1
        && c.beginsWith().isPresent()
        && c.beginsWith().get().template().isConstant()
        && range.isEmpty()
        && bound.isEmpty()) {
      return CodeBlock.of(
          "$T.beginsWith($S)",
          RuntimeTypes.SORT_KEY_CONDITION,
          c.beginsWith().get().template().source());
    }
    if (p.entities().size() > 1
        && c.beginsWith().isEmpty()
        && c.sortEqualities().isEmpty()
        && range.isEmpty()) {
      return CodeBlock.of("null");
    }
    if (range.isPresent()) {
      RangeSpec r = c.range().orElseThrow();
      CodeBlock convert = types.keyValue(r.attribute(), CodeBlock.of("v"));
      return CodeBlock.of(
          "$L.condition($N.map(v -> $L)$L)",
          t.ref(part),
          range.get(),
          convert,
          bound.isEmpty() ? "" : CodeBlock.of(", $L", keyValues(t, bound, values)));
    }
    boolean empty = c.beginsWith().isEmpty() && c.sortEqualities().isEmpty();
    return empty
        ? CodeBlock.of("null")
        : CodeBlock.of("$L.condition($L)", t.ref(part), keyValues(t, bound, values));
  }

  private CodeBlock filter(
      Entity e,
      PlannedPattern.PlannedFilter pf,
      NameAllocator names,
      List<ParameterSpec> parameters,
      Map<ParameterSpec, String> docs) {
    Filter f = pf.filter();
    Attribute a = pf.attribute();
    String stored = a.storedName();
    Filter.Operator op = f.operator();
    if (op == Filter.Operator.EXISTS || op == Filter.Operator.NOT_EXISTS) {
      return CodeBlock.of(
          "$T.$L($S)",
          RuntimeTypes.CONDITION,
          op == Filter.Operator.EXISTS ? "exists" : "notExists",
          stored);
    }
    List<CodeBlock> operands = new ArrayList<>();
    for (int i = 0; i < op.operands(); i++) {
      operands.add(
          f.isConstant()
              ? constant(e, a, op, f.constants().get(i).text())
              : parameter(e, a, op, i, names, parameters, docs));
    }
    String method =
        switch (op) {
          case EQ -> "eq";
          case NE -> "ne";
          case LT -> "lt";
          case LE -> "le";
          case GT -> "gt";
          case GE -> "ge";
          case BETWEEN -> "between";
          case BEGINS_WITH -> "beginsWith";
          default -> "contains";
        };
    return CodeBlock.of(
        "$T.$L($S, $L)", RuntimeTypes.CONDITION, method, stored, CodeBlock.join(operands, ", "));
  }

  private CodeBlock parameter(
      Entity e,
      Attribute a,
      Filter.Operator op,
      int i,
      NameAllocator names,
      List<ParameterSpec> parameters,
      Map<ParameterSpec, String> docs) {
    String suffix =
        switch (op) {
          case EQ -> "Equals";
          case NE -> "Not";
          case LT -> "Below";
          case LE -> "AtMost";
          case GT -> "Above";
          case GE -> "AtLeast";
          case BETWEEN -> i == 0 ? "From" : "To";
          case BEGINS_WITH -> "Prefix";
          default -> "Element";
        };
    TypeName type = operandType(e, a, op);
    ParameterSpec param = ParameterSpec.builder(type, names.newName(a.name() + suffix)).build();
    parameters.add(param);
    docs.put(param, "the " + op.modelName() + " operand of the filter on " + a.name());
    return encode(e, a, op, CodeBlock.of("$N", param));
  }

  private TypeName operandType(Entity e, Attribute a, Filter.Operator op) {
    if (op == Filter.Operator.BEGINS_WITH) {
      return TypeName.get(String.class);
    }
    if (op == Filter.Operator.CONTAINS && a.type().element().isPresent()) {
      return types.boxed(e.name(), a, a.type().element().get());
    }
    if (op == Filter.Operator.CONTAINS) {
      return TypeName.get(String.class);
    }
    return types.of(e.name(), a).box();
  }

  private CodeBlock encode(Entity e, Attribute a, Filter.Operator op, CodeBlock value) {
    if (op == Filter.Operator.BEGINS_WITH) {
      return value;
    }
    if (op == Filter.Operator.CONTAINS) {
      TypeRef element = a.type().element().orElse(TypeRef.of(TypeRef.Kind.STRING));
      Attribute elementAttribute =
          new Attribute(
              a.name(),
              a.storedName(),
              element,
              false,
              Attribute.Role.NONE,
              0,
              Attribute.InstantFormat.ISO_MILLIS,
              Optional.empty(),
              "",
              a.location());
      return CodeBlock.of(
          "$L.encode($L)",
          element.kind() == TypeRef.Kind.ENUM
              ? types.codec(e.name(), a)
              : types.codec(e.name(), elementAttribute),
          value);
    }
    return CodeBlock.of("$L.encode($L)", types.codec(e.name(), a), value);
  }

  private CodeBlock constant(Entity e, Attribute a, Filter.Operator op, String text) {
    if (op == Filter.Operator.BEGINS_WITH) {
      return CodeBlock.of("$S", text);
    }
    return encode(e, a, op, types.literal(e.name(), a, text));
  }
}
