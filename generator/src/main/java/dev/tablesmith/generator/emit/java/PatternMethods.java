package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.model.AccessPattern.Returns;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.GeneratedNames;
import dev.tablesmith.generator.plan.PlannedPattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.lang.model.element.Modifier;

/**
 * The facade's methods for access patterns: a get and its batch form; a query's page method, its
 * overload without a range, and its stream over all pages. The query itself is built by one private
 * method ({@link QueryBuilder}) that the others share.
 */
final class PatternMethods {
  private final JavaTypes types;
  private final FieldSpec table;
  private final QueryBuilder queries;
  private final NameAllocator names;

  PatternMethods(
      JavaTypes types,
      Map<String, Templates> templates,
      FieldSpec table,
      Map<String, FieldSpec> keyConstants,
      NameAllocator names) {
    this.types = types;
    this.table = table;
    this.names = names;
    this.queries = new QueryBuilder(types, templates, keyConstants);
  }

  List<MethodSpec> emit(PlannedPattern p) {
    return p.operation() == PlannedPattern.Operation.GET_ITEM ? get(p) : query(p);
  }

  private List<MethodSpec> get(PlannedPattern p) {
    Entity e = p.entities().get(0);
    ClassName value = types.type(e.name());
    ClassName key = types.type(GeneratedNames.key(e));
    ClassName codec = types.type(GeneratedNames.codec(e.name()));
    boolean consistent = p.declared().consistent();
    MethodSpec.Builder get =
        MethodSpec.methodBuilder(p.name())
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), value))
            .addJavadoc(
                "$L\n\n<p>GetItem $L$L.\n\n",
                doc(p),
                DocText.code(p.keyConditionText()),
                consistent ? ", strongly consistent" : "");
    List<CodeBlock> args = new ArrayList<>();
    for (Attribute a : p.parameters()) {
      get.addParameter(types.of(e.name(), a), a.name())
          .addJavadoc("@param $L the $L\n", a.name(), a.name());
      args.add(CodeBlock.of("$N", a.name()));
    }
    get.addJavadoc("@return the $L, or empty when there is none\n", e.name())
        .addStatement(
            "return $N.get($T.of($L).toItemKey(), $L).map($T::decode)",
            table,
            key,
            CodeBlock.join(args, ", "),
            consistent,
            codec);
    TypeName item = CodecEmitter.ITEM;
    MethodSpec.Builder batch =
        MethodSpec.methodBuilder(names.get(p) + "Batch")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), value))
            .addParameter(ParameterizedTypeName.get(ClassName.get(Collection.class), key), "keys")
            .addJavadoc(
                "The batch form of {@link #$L}: BatchGetItem in chunks of 100, unprocessed keys"
                    + " retried.\n\n"
                    + "@param keys distinct keys\n"
                    + "@return the $L items found, in no particular order\n"
                    + "@throws dev.tablesmith.runtime.UnprocessedItemsException when keys stay"
                    + " unprocessed after every retry\n",
                p.name(),
                e.name())
            .addStatement("$T<$T> items = new $T<>()", List.class, item, ArrayList.class)
            .beginControlFlow("for ($T key : keys)", key)
            .addStatement("items.add(key.toItemKey())")
            .endControlFlow()
            .addStatement("$T<$T> found = new $T<>()", List.class, value, ArrayList.class)
            .beginControlFlow("for ($T item : $N.batchGet(items, $L))", item, table, consistent)
            .addStatement("found.add($T.decode(item))", codec)
            .endControlFlow()
            .addStatement("return found");
    return List.of(get.build(), batch.build());
  }

  private List<MethodSpec> query(PlannedPattern p) {
    List<MethodSpec> methods = new ArrayList<>();
    QueryBuilder.Query q = queries.build(p, names.newName(p.name() + "Query"));
    methods.add(q.method());
    TypeName element = element(p);
    boolean collection = p.entities().size() > 1;
    TypeName result = collection ? element : ParameterizedTypeName.get(RuntimeTypes.PAGE, element);
    MethodSpec.Builder page =
        MethodSpec.methodBuilder(p.name())
            .addModifiers(Modifier.PUBLIC)
            .returns(result)
            .addJavadoc(
                "$L\n\n<p>Query $L: $L.\n\n",
                doc(p),
                p.index().describe(),
                DocText.code(p.keyConditionText()));
    NameAllocator locals = new NameAllocator();
    q.parameters()
        .forEach(
            param -> page.addParameter(param).addJavadoc("@param $N $L\n", param, q.doc(param)));
    q.parameters().forEach(param -> locals.newName(param.name, param));
    String pageName = locals.newName("page");
    page.addParameter(RuntimeTypes.PAGE_REQUEST, pageName)
        .addJavadoc("@param $L the page size and the cursor of the page before, if any\n", pageName)
        .addJavadoc(
            "@return $L\n",
            collection
                ? "the items of the page, by entity, and the cursor of the next"
                : "the page, with the cursor of the next");
    CodeBlock spec = CodeBlock.of("$N($L)", q.method(), q.arguments());
    String raw = locals.newName("raw");
    page.addStatement(
        "$T<$T> $N = $N.query($L, $N)",
        RuntimeTypes.PAGE,
        CodecEmitter.ITEM,
        raw,
        table,
        spec,
        pageName);
    if (collection) {
      new CollectionResult(types, p).read(page, raw, locals);
    } else if (!p.declared().fetch() && p.alsoRead().isEmpty()) {
      // Page.map decodes into one array; a stream's list would be copied again by the page.
      page.addStatement("return $N.map($L)", raw, decoder(p));
    } else {
      page.addStatement(
          "return new $T<>($L, $N.next())",
          RuntimeTypes.PAGE,
          items(p, CodeBlock.of("$N.items()", raw)),
          raw);
    }
    methods.add(page.build());
    if (q.range().isPresent()) {
      methods.add(withoutRange(p, q, result, pageName));
    }
    if (!collection && !p.declared().fetch()) {
      methods.add(all(p, q, element));
    }
    return methods;
  }

  private MethodSpec withoutRange(
      PlannedPattern p, QueryBuilder.Query q, TypeName result, String pageName) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(p.name())
            .addModifiers(Modifier.PUBLIC)
            .returns(result)
            .addJavadoc("{@link #$L} without a bound on $L.\n\n", p.name(), q.range().get().name);
    List<CodeBlock> args = new ArrayList<>();
    for (ParameterSpec param : q.parameters()) {
      if (param == q.range().get()) {
        args.add(CodeBlock.of("$T.all()", RuntimeTypes.KEY_RANGE));
        continue;
      }
      m.addParameter(param).addJavadoc("@param $N $L\n", param, q.doc(param));
      args.add(CodeBlock.of("$N", param));
    }
    args.add(CodeBlock.of("$N", pageName));
    return m.addParameter(RuntimeTypes.PAGE_REQUEST, pageName)
        .addJavadoc(
            "@param $L the page size and the cursor of the page before, if any\n@return the page\n",
            pageName)
        .addStatement("return $N($L)", p.name(), CodeBlock.join(args, ", "))
        .build();
  }

  private MethodSpec all(PlannedPattern p, QueryBuilder.Query q, TypeName element) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(names.get(p) + "All")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Stream.class), element))
            .addJavadoc("Every page of {@link #$L}, read as the stream is consumed.\n\n", p.name());
    q.parameters()
        .forEach(param -> m.addParameter(param).addJavadoc("@param $N $L\n", param, q.doc(param)));
    CodeBlock stream =
        CodeBlock.of(
            "$T.stream($N.queryAll($N($L)).spliterator(), false)",
            StreamSupport.class,
            table,
            q.method(),
            q.arguments());
    return m.addJavadoc("@return the items, lazily\n")
        .addStatement("return $L", mapped(p, stream))
        .build();
  }

  /** The page's items, filtered to the pattern's entity and decoded. */
  private CodeBlock items(PlannedPattern p, CodeBlock items) {
    CodeBlock source =
        p.declared().fetch()
            ? CodeBlock.of("$N.fetch($L, $L)", table, items, p.declared().consistent())
            : items;
    return CodeBlock.of("$L.toList()", mapped(p, CodeBlock.of("$L.stream()", source)));
  }

  private CodeBlock mapped(PlannedPattern p, CodeBlock stream) {
    Entity e = p.entities().get(0);
    ClassName codec = types.type(GeneratedNames.codec(e.name()));
    boolean keys = p.declared().returns() == Returns.KEYS;
    CodeBlock filtered =
        p.alsoRead().isEmpty()
            ? stream
            : CodeBlock.of("$L.filter($T::$L)", stream, codec, keys ? "isKeyOf" : "isItemOf");
    return CodeBlock.of("$L.map($L)", filtered, decoder(p));
  }

  /** The method reference that turns one item of the pattern into its result. */
  private CodeBlock decoder(PlannedPattern p) {
    Entity e = p.entities().get(0);
    return switch (p.declared().returns()) {
      case KEYS -> CodeBlock.of("$T::fromItem", types.type(GeneratedNames.key(e)));
      case PROJECTED ->
          CodeBlock.of("$T::decode", types.type(GeneratedNames.projection(p.declared())));
      case ITEMS -> CodeBlock.of("$T::decode", types.type(GeneratedNames.codec(e.name())));
    };
  }

  private TypeName element(PlannedPattern p) {
    AccessPattern d = p.declared();
    Entity e = p.entities().get(0);
    if (p.entities().size() > 1) {
      return types.type(GeneratedNames.collection(d));
    }
    return switch (d.returns()) {
      case KEYS -> types.type(GeneratedNames.key(e));
      case PROJECTED -> types.type(GeneratedNames.projection(d));
      case ITEMS -> types.type(e.name());
    };
  }

  private static String doc(PlannedPattern p) {
    String description = p.declared().description();
    return description.isEmpty()
        ? "Access pattern " + p.name() + "."
        : DocText.sanitize(description);
  }
}
