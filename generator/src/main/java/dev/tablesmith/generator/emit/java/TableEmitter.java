package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.TypeSpec;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.GeneratedNames;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.plan.PlannedModel;
import dev.tablesmith.generator.plan.PlannedPattern;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The table facade ({@code ShopTable}): created over a {@code DynamoDbClient}, it holds the
 * entities' operations and one method per access pattern ({@link PatternMethods}).
 */
final class TableEmitter {
  private final PlannedModel planned;
  private final ResolvedModel model;
  private final JavaTypes types;
  private final Map<String, Templates> templates;
  private final NameAllocator names = new NameAllocator();
  private final Map<String, FieldSpec> keyConstants = new LinkedHashMap<>();
  private final FieldSpec table =
      FieldSpec.builder(RuntimeTypes.TABLE_OPERATIONS, "table", Modifier.PRIVATE, Modifier.FINAL)
          .build();

  TableEmitter(PlannedModel planned, JavaTypes types, Map<String, Templates> templates) {
    this.planned = planned;
    this.model = planned.model();
    this.types = types;
    this.templates = templates;
    for (String fixed : GeneratedNames.TABLE_MEMBERS) {
      names.newName(fixed, fixed);
    }
    names.newName("table", "table");
    for (Entity e : model.entities()) {
      names.newName(GeneratedNames.entityAccessor(e), e);
    }
    for (PlannedPattern p : planned.patterns()) {
      names.newName(p.name(), p);
    }
    for (Index index : model.table().allIndexes()) {
      String base =
          index.isPrimary() ? "TABLE_KEYS" : index.name().replaceAll("[^A-Za-z0-9]", "_") + "_KEYS";
      String name = names.newName(base.toUpperCase(java.util.Locale.ROOT), index);
      CodeBlock sort =
          index.sortKey().isEmpty()
              ? CodeBlock.of("null")
              : CodeBlock.of("$S", index.sortKey().get(0).name());
      keyConstants.put(
          index.name(),
          FieldSpec.builder(RuntimeTypes.KEY_ATTRIBUTES, name, Modifier.STATIC, Modifier.FINAL)
              .initializer(
                  "$T.of($S, $L)",
                  RuntimeTypes.KEY_ATTRIBUTES,
                  index.partitionKey().get(0).name(),
                  sort)
              .build());
    }
  }

  TypeSpec.Builder emit() {
    ClassName facade = types.type(GeneratedNames.table(model));
    TypeSpec.Builder type =
        TypeSpec.classBuilder(facade)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "$L\n\n<p>The table $L, its entities' operations and one method per access"
                    + " pattern of the model. Thread-safe.\n",
                model.description().isEmpty()
                    ? "Access to the " + model.name() + " table."
                    : DocText.sanitize(model.description()),
                DocText.code(model.table().physicalName()));
    type.addField(
        FieldSpec.builder(
                String.class,
                "DEFAULT_TABLE_NAME",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(
                "The physical table name the model gives; {@link Builder#tableName} overrides"
                    + " it.\n")
            .initializer("$S", model.table().physicalName())
            .build());
    keyConstants.values().forEach(type::addField);
    type.addField(table);
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(RuntimeTypes.TABLE_OPERATIONS, "table")
            .addStatement("this.table = table");
    for (Entity e : model.entities()) {
      ClassName ops = types.type(GeneratedNames.operations(e));
      String accessor = GeneratedNames.entityAccessor(e);
      type.addField(ops, accessor, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T(table)", accessor, ops);
      type.addMethod(
          MethodSpec.methodBuilder(accessor)
              .addModifiers(Modifier.PUBLIC)
              .returns(ops)
              .addJavadoc(
                  "Create, put, get and delete $L items.\n\n@return the operations\n", e.name())
              .addStatement("return $N", accessor)
              .build());
    }
    type.addMethod(constructor.build());
    type.addMethod(
        MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(facade)
            .addParameter(RuntimeTypes.DYNAMO_DB_CLIENT, "client")
            .addJavadoc(
                "The table under its default name.\n\n"
                    + "@param client the DynamoDB client\n"
                    + "@return the table\n")
            .addStatement("return builder(client).build()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(facade.nestedClass("Builder"))
            .addParameter(RuntimeTypes.DYNAMO_DB_CLIENT, "client")
            .addJavadoc(
                "A builder, to set the physical table name or the clock.\n\n"
                    + "@param client the DynamoDB client\n"
                    + "@return a builder\n")
            .addStatement("return new Builder(client)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("tableName")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The physical table name.\n\n@return the name\n")
            .addStatement("return table.tableName()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("operations")
            .addModifiers(Modifier.PUBLIC)
            .returns(RuntimeTypes.TABLE_OPERATIONS)
            .addJavadoc(
                "The untyped operations under this facade, for what the model does not say.\n\n"
                    + "@return the operations\n")
            .addStatement("return table")
            .build());
    ClassName tx = types.type(GeneratedNames.transaction(model));
    type.addMethod(
        MethodSpec.methodBuilder("transaction")
            .addModifiers(Modifier.PUBLIC)
            .returns(tx)
            .addJavadoc("A new, empty transaction on this table.\n\n@return the transaction\n")
            .addStatement("return new $T($N)", tx, table)
            .build());
    PatternMethods patterns = new PatternMethods(types, templates, table, keyConstants, names);
    for (PlannedPattern p : planned.patterns()) {
      patterns.emit(p).forEach(type::addMethod);
    }
    type.addType(builder(facade));
    return type;
  }

  private TypeSpec builder(ClassName facade) {
    ClassName builder = facade.nestedClass("Builder");
    return TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Options of a {@link $T}.\n", facade)
        .addField(RuntimeTypes.DYNAMO_DB_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            FieldSpec.builder(String.class, "tableName", Modifier.PRIVATE)
                .initializer("DEFAULT_TABLE_NAME")
                .build())
        .addField(
            FieldSpec.builder(Clock.class, "clock", Modifier.PRIVATE)
                .initializer("$T.systemUTC()", Clock.class)
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(RuntimeTypes.DYNAMO_DB_CLIENT, "client")
                .addStatement("this.client = client")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("tableName")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(String.class, "tableName")
                .addJavadoc(
                    "Sets the physical table name.\n\n"
                        + "@param tableName the name\n"
                        + "@return this builder\n")
                .addStatement("this.tableName = tableName")
                .addStatement("return this")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("clock")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(Clock.class, "clock")
                .addJavadoc(
                    "Sets the clock for created and updated timestamps.\n\n@param clock the clock\n"
                        + "@return this builder\n")
                .addStatement("this.clock = clock")
                .addStatement("return this")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(facade)
                .addJavadoc("The table.\n\n@return the table\n")
                .addStatement(
                    "return new $T($T.builder(client, tableName, $N).clock(clock).build())",
                    facade,
                    RuntimeTypes.TABLE_OPERATIONS,
                    keyConstants.get(Index.TABLE))
                .build())
        .build();
  }
}
