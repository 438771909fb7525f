package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.TypeVariableName;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.GeneratedNames;
import dev.tablesmith.generator.model.ResolvedModel;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * The stream router ({@code ShopStreamRouter}): typed callbacks per entity and event kind
 * (inserted, modified, removed) over the runtime's router, routing by entity type (or key shape
 * when the table stores no type).
 */
final class StreamRouterEmitter {
  private static final String[] KINDS = {"Inserted", "Modified", "Removed"};

  private final JavaTypes types;

  StreamRouterEmitter(JavaTypes types) {
    this.types = types;
  }

  TypeSpec.Builder emit(ResolvedModel model) {
    ClassName router = types.type(GeneratedNames.streamRouter(model));
    ClassName builder = router.nestedClass("Builder");
    TypeName records =
        ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.STREAM_RECORD);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(router)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Sends the $L table's stream records to typed handlers by entity and event kind.\n",
                model.name())
            .addField(RuntimeTypes.STREAM_ROUTER, "router", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(RuntimeTypes.STREAM_ROUTER, "router")
                    .addStatement("this.router = router")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("builder")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builder)
                    .addJavadoc("A builder with no handlers.\n\n@return the builder\n")
                    .addStatement("return new Builder()")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("accept")
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(records, "records")
                    .addJavadoc(
                        "Handles records in order; a handler's exception stops the batch.\n\n"
                            + "@param records stream records (SDK v2 model), in shard order\n")
                    .addStatement("router.accept(records)")
                    .build());
    type.addType(builderType(model, router, builder));
    return type;
  }

  private TypeSpec builderType(ResolvedModel model, ClassName router, ClassName builder) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Handlers of a {@link $T}; unset ones ignore their events.\n", router);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    TypeName rawEvent = event(CodecEmitter.ITEM);
    type.addField(
        FieldSpec.builder(consumer(rawEvent), "unrouted", Modifier.PRIVATE)
            .initializer("event -> { }")
            .build());
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(router)
            .addJavadoc("The router.\n\n@return the router\n")
            .addStatement(
                "$T routes = $T.builder($L)",
                RuntimeTypes.STREAM_ROUTER.nestedClass("Builder"),
                RuntimeTypes.STREAM_ROUTER,
                model
                    .table()
                    .entityTypeAttribute()
                    .map(t -> CodeBlock.of("$S", t))
                    .orElse(CodeBlock.of("null")));
    for (Entity e : model.entities()) {
      ClassName value = types.type(e.name());
      ClassName codec = types.type(GeneratedNames.codec(e.name()));
      TypeName handler = consumer(event(value));
      for (String kind : KINDS) {
        String field = GeneratedNames.decapitalize(e.name()) + kind;
        type.addField(
            FieldSpec.builder(handler, field, Modifier.PRIVATE)
                .initializer("event -> { }")
                .build());
        type.addMethod(
            MethodSpec.methodBuilder("on" + e.name() + kind)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(handler, "handler")
                .addJavadoc(
                    "Handles $L items $L.\n\n@param handler receives the events, with the decoded"
                        + " images\n@return this builder\n",
                    e.name(),
                    kind.toLowerCase(java.util.Locale.ROOT))
                .addStatement("this.$N = handler", field)
                .addStatement("return this")
                .build());
      }
      String base = GeneratedNames.decapitalize(e.name());
      CodeBlock route =
          model.table().entityTypeAttribute().isPresent()
              ? CodeBlock.of(
                  "routes.route($S, $T::decode, event -> dispatch(event, $NInserted, $NModified,"
                      + " $NRemoved))",
                  e.typeValue(),
                  codec,
                  base,
                  base,
                  base)
              : CodeBlock.of(
                  "routes.route($T::isKeyOf, $T::decode, event -> dispatch(event, $NInserted,"
                      + " $NModified, $NRemoved))",
                  codec,
                  codec,
                  base,
                  base,
                  base);
      build.addStatement("$L", route);
    }
    type.addMethod(
        MethodSpec.methodBuilder("unrouted")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(consumer(rawEvent), "handler")
            .addJavadoc(
                "Handles records of no entity of the model, undecoded.\n\n"
                    + "@param handler receives them\n"
                    + "@return this builder\n")
            .addStatement("this.unrouted = handler")
            .addStatement("return this")
            .build());
    type.addMethod(
        build
            .addStatement("routes.unrouted(unrouted)")
            .addStatement("return new $T(routes.build())", router)
            .build());
    type.addMethod(dispatch());
    return type.build();
  }

  private static MethodSpec dispatch() {
    TypeVariableName t = TypeVariableName.get("T");
    TypeName handler = consumer(event(t));
    return MethodSpec.methodBuilder("dispatch")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariable(t)
        .addParameter(event(t), "event")
        .addParameter(handler, "inserted")
        .addParameter(handler, "modified")
        .addParameter(handler, "removed")
        .beginControlFlow("switch (event.type())")
        .addStatement("case INSERT -> inserted.accept(event)")
        .addStatement("case MODIFY -> modified.accept(event)")
        .addStatement("default -> removed.accept(event)")
        .endControlFlow()
        .build();
  }

  private static TypeName event(TypeName of) {
    return ParameterizedTypeName.get(RuntimeTypes.STREAM_EVENT, of);
  }

  private static TypeName consumer(TypeName of) {
    return ParameterizedTypeName.get(ClassName.get(Consumer.class), of);
  }
}
