package dev.tablesmith.generator.emit.cdk;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.tablesmith.generator.emit.java.DocText;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.model.Projection;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.model.Table;
import dev.tablesmith.generator.plan.PlannedModel;
import java.nio.file.Path;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The model's table as an AWS CDK construct in Java ({@code aws-cdk-lib} v2, {@code TableV2}: the
 * only CDK table whose indexes take multi-attribute keys). It lives in its own package, {@code
 * <package>.cdk}, and references nothing of the runtime, so an application never needs aws-cdk-lib
 * and an infrastructure project never needs the runtime.
 */
public final class CdkEmitter {
  private static final String DYNAMODB = "software.amazon.awscdk.services.dynamodb";
  private static final ClassName CONSTRUCT = ClassName.get("software.constructs", "Construct");
  private static final ClassName REMOVAL_POLICY =
      ClassName.get("software.amazon.awscdk", "RemovalPolicy");
  private static final ClassName TABLE_V2 = ClassName.get(DYNAMODB, "TableV2");
  private static final ClassName ATTRIBUTE = ClassName.get(DYNAMODB, "Attribute");
  private static final ClassName ATTRIBUTE_TYPE = ClassName.get(DYNAMODB, "AttributeType");
  private static final ClassName BILLING = ClassName.get(DYNAMODB, "Billing");
  private static final ClassName THROUGHPUT = ClassName.get(DYNAMODB, "ThroughputProps");
  private static final ClassName CAPACITY = ClassName.get(DYNAMODB, "Capacity");
  private static final ClassName AUTOSCALED = ClassName.get(DYNAMODB, "AutoscaledCapacityOptions");
  private static final ClassName STREAM_VIEW = ClassName.get(DYNAMODB, "StreamViewType");
  private static final ClassName PITR = ClassName.get(DYNAMODB, "PointInTimeRecoverySpecification");
  private static final ClassName GSI = ClassName.get(DYNAMODB, "GlobalSecondaryIndexPropsV2");
  private static final ClassName LSI = ClassName.get(DYNAMODB, "LocalSecondaryIndexProps");
  private static final ClassName PROJECTION_TYPE = ClassName.get(DYNAMODB, "ProjectionType");
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  /** The construct's class name for a model: {@code ShopTableConstruct}. */
  public static String className(ResolvedModel model) {
    return model.name() + "TableConstruct";
  }

  /** The construct's package for a model: its package plus {@code .cdk}. */
  public static String packageName(ResolvedModel model) {
    return model.packageName() + ".cdk";
  }

  /** The construct's source. */
  public JavaFile emit(PlannedModel planned) {
    ResolvedModel model = planned.model();
    Table table = model.table();
    String name = className(model);
    ClassName self = ClassName.get(packageName(model), name);

    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(CONSTRUCT)
            .addAnnotation(
                AnnotationSpec.builder(GENERATED).addMember("value", "$S", "tablesmith").build())
            .addJavadoc(
                "The DynamoDB table of the $L model, as the model defines it: keys, indexes,"
                    + " billing,\n",
                model.name())
            .addJavadoc(
                "stream, time to live, point-in-time recovery and deletion protection. Use {@link"
                    + " #table()}\n")
            .addJavadoc("for grants and as a Lambda event source.\n");
    if (!model.description().isBlank()) {
      type.addJavadoc("\n<p>$L\n", DocText.sanitize(model.description().strip()));
    }

    type.addField(
        FieldSpec.builder(
                String.class,
                "DEFAULT_TABLE_NAME",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer("$S", table.physicalName())
            .addJavadoc("The physical table name the model gives.\n")
            .build());
    type.addField(FieldSpec.builder(TABLE_V2, "table", Modifier.PRIVATE, Modifier.FINAL).build());

    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Defines the table under the model's name, {@value #DEFAULT_TABLE_NAME}.\n\n")
            .addJavadoc("@param scope the parent construct\n@param id this construct's id\n")
            .addJavadoc("@param removalPolicy what happens to the table when it leaves the stack\n")
            .addParameter(CONSTRUCT, "scope")
            .addParameter(String.class, "id")
            .addParameter(REMOVAL_POLICY, "removalPolicy")
            .addStatement("this(scope, id, removalPolicy, DEFAULT_TABLE_NAME)")
            .build());

    CodeBlock.Builder build =
        CodeBlock.builder()
            .add("$T.Builder builder = $T.Builder.create(this, $S)\n", TABLE_V2, TABLE_V2, "Table")
            .indent()
            .indent()
            .add(".partitionKey($L)\n", attribute(table.partitionKey()));
    table.sortKey().ifPresent(k -> build.add(".sortKey($L)\n", attribute(k)));
    build.add(".billing($L)\n", billing(table.billing()));
    if (table.stream() != Table.StreamView.NONE) {
      build.add(".dynamoStream($T.$L)\n", STREAM_VIEW, table.stream().name());
    }
    table.timeToLive().ifPresent(ttl -> build.add(".timeToLiveAttribute($S)\n", ttl));
    if (table.pointInTimeRecovery()) {
      build.add(
          ".pointInTimeRecoverySpecification("
              + "$T.builder().pointInTimeRecoveryEnabled(true).build())\n",
          PITR);
    }
    if (table.deletionProtection()) {
      build.add(".deletionProtection(true)\n");
    }
    List<Index> globals = table.indexes().stream().filter(Index::isGlobal).toList();
    List<Index> locals =
        table.indexes().stream().filter(i -> i.kind() == Index.Kind.LOCAL).toList();
    if (!globals.isEmpty()) {
      build.add(".globalSecondaryIndexes($T.of(", LIST).indent();
      for (int i = 0; i < globals.size(); i++) {
        build.add("\n$L$L", global(globals.get(i)), i + 1 < globals.size() ? "," : "");
      }
      build.add("))\n").unindent();
    }
    if (!locals.isEmpty()) {
      build.add(".localSecondaryIndexes($T.of(", LIST).indent();
      for (int i = 0; i < locals.size(); i++) {
        build.add("\n$L$L", local(locals.get(i)), i + 1 < locals.size() ? "," : "");
      }
      build.add("))\n").unindent();
    }
    build.add(".removalPolicy(removalPolicy);\n").unindent().unindent();

    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Defines the table.\n\n")
            .addJavadoc("@param scope the parent construct\n@param id this construct's id\n")
            .addJavadoc("@param removalPolicy what happens to the table when it leaves the stack\n")
            .addJavadoc(
                "@param tableName the physical name, or null to let CloudFormation name the"
                    + " table\n")
            .addParameter(CONSTRUCT, "scope")
            .addParameter(String.class, "id")
            .addParameter(REMOVAL_POLICY, "removalPolicy")
            .addParameter(String.class, "tableName")
            .addStatement("super(scope, id)")
            .addCode(build.build())
            .beginControlFlow("if (tableName != null)")
            .addStatement("builder.tableName(tableName)")
            .endControlFlow()
            .addStatement("this.table = builder.build()")
            .build());

    type.addMethod(
        MethodSpec.methodBuilder("table")
            .addModifiers(Modifier.PUBLIC)
            .returns(TABLE_V2)
            .addJavadoc(
                "The table, for grants ({@code table().grantReadWriteData(fn)}) and for a Lambda\n")
            .addJavadoc(
                "event source on its stream ({@code new DynamoEventSource(table(), ...)}).\n\n")
            .addJavadoc("@return the table\n")
            .addStatement("return table")
            .build());
    if (table.stream() != Table.StreamView.NONE) {
      type.addMethod(
          MethodSpec.methodBuilder("streamArn")
              .addModifiers(Modifier.PUBLIC)
              .returns(String.class)
              .addJavadoc(
                  "The ARN of the table's stream ($L), a token until deployment.\n\n",
                  table.stream().modelName())
              .addJavadoc("@return the stream ARN\n")
              .addStatement("return table.getTableStreamArn()")
              .build());
    }
    return JavaFile.builder(self.packageName(), type.build())
        .addFileComment(
            "Code generated by tablesmith from $L. Do not edit.", DocText.sanitize(fileName(model)))
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  static String fileName(ResolvedModel model) {
    Path file = Path.of(model.file()).getFileName();
    return file == null ? model.file() : file.toString();
  }

  private static CodeBlock attribute(KeyAttribute key) {
    return CodeBlock.of(
        "$T.builder().name($S).type($T.$L).build()",
        ATTRIBUTE,
        key.name(),
        ATTRIBUTE_TYPE,
        key.type().name());
  }

  private static CodeBlock attributes(List<KeyAttribute> keys) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", LIST);
    for (int i = 0; i < keys.size(); i++) {
      list.add(i == 0 ? "$L" : ", $L", attribute(keys.get(i)));
    }
    return list.add(")").build();
  }

  private static CodeBlock billing(Table.Billing billing) {
    if (!billing.provisioned()) {
      return CodeBlock.of("$T.onDemand()", BILLING);
    }
    // A global table takes write capacity only as auto scaling: min = max holds it fixed.
    return CodeBlock.of(
        "$T.provisioned($T.builder()\n"
            + "$>$>.readCapacity($T.fixed($L))\n"
            + ".writeCapacity($T.autoscaled("
            + "$T.builder().minCapacity($L).maxCapacity($L).build()))\n"
            + ".build())$<$<",
        BILLING,
        THROUGHPUT,
        CAPACITY,
        billing.read(),
        CAPACITY,
        AUTOSCALED,
        billing.write(),
        billing.write());
  }

  private static CodeBlock global(Index index) {
    CodeBlock.Builder gsi =
        CodeBlock.builder()
            .add("$T.builder()", GSI)
            .indent()
            .indent()
            .add("\n.indexName($S)", index.name());
    if (index.partitionKey().size() == 1) {
      gsi.add("\n.partitionKey($L)", attribute(index.partitionKey().get(0)));
    } else {
      gsi.add("\n.partitionKeys($L)", attributes(index.partitionKey()));
    }
    if (index.sortKey().size() == 1) {
      gsi.add("\n.sortKey($L)", attribute(index.sortKey().get(0)));
    } else if (index.sortKey().size() > 1) {
      gsi.add("\n.sortKeys($L)", attributes(index.sortKey()));
    }
    return projection(gsi, index.projection()).add("\n.build()").unindent().unindent().build();
  }

  private static CodeBlock local(Index index) {
    CodeBlock.Builder lsi =
        CodeBlock.builder()
            .add("$T.builder()", LSI)
            .indent()
            .indent()
            .add("\n.indexName($S)", index.name())
            .add("\n.sortKey($L)", attribute(index.sortKey().get(0)));
    return projection(lsi, index.projection()).add("\n.build()").unindent().unindent().build();
  }

  private static CodeBlock.Builder projection(CodeBlock.Builder index, Projection projection) {
    index.add("\n.projectionType($T.$L)", PROJECTION_TYPE, projection.type().name());
    if (projection.type() == Projection.Type.INCLUDE) {
      CodeBlock.Builder names = CodeBlock.builder().add("$T.of(", LIST);
      for (int i = 0; i < projection.include().size(); i++) {
        names.add(i == 0 ? "$S" : ", $S", projection.include().get(i));
      }
      index.add("\n.nonKeyAttributes($L)", names.add(")").build());
    }
    return index;
  }
}
