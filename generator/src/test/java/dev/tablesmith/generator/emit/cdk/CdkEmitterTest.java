package dev.tablesmith.generator.emit.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.squareup.javapoet.JavaFile;
import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.java.InMemoryCompiler;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.model.Projection;
import dev.tablesmith.generator.model.Table;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import software.amazon.awscdk.App;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
import software.constructs.Construct;

/**
 * The CDK construct and the CloudFormation template of every example model and of a model that
 * uses every table option: both match their golden files; the construct compiles with {@code
 * -Xlint:all -Werror}, and synthesized by the real aws-cdk-lib it gives exactly the resource of the
 * emitted template (JSON and YAML read the same), and both say what the model says.
 */
public class CdkEmitterTest {
  static final Path EXAMPLES = Path.of("..", "examples", "src", "main", "tablesmith");
  public static final Path GOLDENS = Path.of("src", "test", "resources", "goldens", "CdkEmitterTest");
  static final String GLOBAL_TABLE = "AWS::DynamoDB::GlobalTable";

  static Stream<Path> models() {
    return Stream.of(EXAMPLES.resolve("shop.tablesmith.yaml"), EXAMPLES.resolve("store.tablesmith.yaml"),
        EXAMPLES.resolve("tracker.tablesmith.yaml"), Path.of("src", "test", "resources", "cdk", "everything.tablesmith.yaml"));
  }

  static PlannedModel plan(Path model) {
    Pipeline.Result result = new Pipeline().run(List.of(new Pipeline.Input(model, model.getFileName().toString())));
    assertFalse(result.diagnostics().hasErrors(), result.diagnostics().render());
    return result.models().get(0);
  }

  @ParameterizedTest
  @MethodSource("models")
  void theSynthesizedConstructIsTheEmittedTemplateIsTheModel(Path model) throws Exception {
    PlannedModel planned = plan(model);
    JavaFile construct = new CdkEmitter().emit(planned);
    List<GeneratedFile> templates = new CloudFormationEmitter().emit(planned);
    matchGoldens(model, construct, templates);

    Map<String, Object> synthesized = synthesize(construct, RemovalPolicy.RETAIN, null, false);
    Map<String, Object> emitted = emittedResource(templates.get(0), planned.model().table().physicalName());
    assertEquals(emitted, normalize(synthesized), "the emitted resource is what CDK synthesizes");
    assertEquals(read(templates.get(0).content()), read(templates.get(1).content()), "JSON and YAML say the same");
    assertSaysWhatTheModelSays(planned.model().table(), synthesized);
  }

  /** The every-option model with each stream view type, on-demand billing, and the options off. */
  @ParameterizedTest
  @ValueSource(strings = {"none", "new-image", "old-image", "new-and-old-images", "keys-only"})
  void everyStreamViewTypeEitherBillingAndTheOptionsOff(String stream, @TempDir Path temp) throws Exception {
    String everything = Files.readString(Path.of("src", "test", "resources", "cdk", "everything.tablesmith.yaml"));
    String variant = everything.replace("stream: keys-only", "stream: " + stream);
    if (!stream.equals("keys-only")) {
      variant = variant.replace("billing: { provisioned: { read: 7, write: 3 } }", "billing: on-demand")
          .replace("pointInTimeRecovery: true", "pointInTimeRecovery: false")
          .replace("deletionProtection: true", "deletionProtection: false")
          .replace("  timeToLive: expiresAt\n", "")
          .replace("expiresAt: { type: instant, role: ttl, optional: true }", "expiresAt: { type: instant, optional: true }");
    }
    Path model = temp.resolve("variant.tablesmith.yaml");
    Files.writeString(model, variant, StandardCharsets.UTF_8);
    PlannedModel planned = plan(model);
    assertEquals(stream, planned.model().table().stream().modelName());
    List<GeneratedFile> templates = new CloudFormationEmitter().emit(planned);
    Map<String, Object> synthesized = synthesize(new CdkEmitter().emit(planned), RemovalPolicy.RETAIN, null, false);
    assertEquals(emittedResource(templates.get(0), planned.model().table().physicalName()), normalize(synthesized));
    assertSaysWhatTheModelSays(planned.model().table(), synthesized);
  }

  @Test
  void theCallerChoosesTheRemovalPolicyAndMayOverrideOrDropThePhysicalName() throws Exception {
    JavaFile construct = new CdkEmitter().emit(plan(EXAMPLES.resolve("shop.tablesmith.yaml")));
    Map<String, Object> custom = synthesize(construct, RemovalPolicy.DESTROY, "orders-staging", true);
    assertEquals("Delete", custom.get("DeletionPolicy"));
    assertEquals("Delete", custom.get("UpdateReplacePolicy"));
    assertEquals("orders-staging", props(custom).get("TableName"));
    Map<String, Object> unnamed = synthesize(construct, RemovalPolicy.SNAPSHOT, null, true);
    assertFalse(props(unnamed).containsKey("TableName"), "null lets CloudFormation name the table");
    assertEquals("Snapshot", unnamed.get("DeletionPolicy"));
  }

  @Test
  void theTableTakesGrantsAndItsStreamFeedsALambda() throws Exception {
    JavaFile construct = new CdkEmitter().emit(plan(EXAMPLES.resolve("shop.tablesmith.yaml")));
    ClassLoader loader = InMemoryCompiler.compile(List.of(construct));
    Class<?> type = loader.loadClass(construct.packageName + "." + construct.typeSpec.name);
    Stack stack = new Stack(new App(), "Grants");
    Object shop = type.getConstructor(Construct.class, String.class, RemovalPolicy.class)
        .newInstance(stack, "Shop", RemovalPolicy.RETAIN);
    TableV2 table = (TableV2) type.getMethod("table").invoke(shop);
    assertEquals(table.getTableStreamArn(), type.getMethod("streamArn").invoke(shop));

    Role role = Role.Builder.create(stack, "Reader").assumedBy(new ServicePrincipal("ec2.amazonaws.com")).build();
    table.grantReadData(role);
    Function fn = Function.Builder.create(stack, "OnOrder").runtime(Runtime.NODEJS_20_X).handler("index.handler")
        .code(Code.fromInline("exports.handler = async () => {};")).build();
    fn.addEventSource(DynamoEventSource.Builder.create(table).startingPosition(StartingPosition.LATEST).build());

    Map<String, Object> template = normalize(Template.fromStack(stack).toJSON());
    String tableId = logicalIds(template, GLOBAL_TABLE).get(0);
    Map<String, Object> mapping = resource(template, "AWS::Lambda::EventSourceMapping");
    assertEquals(Map.of("Fn::GetAtt", List.of(tableId, "StreamArn")), props(mapping).get("EventSourceArn"));
    String policies = template.toString();
    assertTrue(policies.contains("dynamodb:GetItem") && policies.contains("dynamodb:Query"), policies);
    assertTrue(policies.contains("{Fn::GetAtt=[" + tableId + ", Arn]}"), "the grant names the table");
    assertTrue(policies.contains("dynamodb:GetRecords"), "the Lambda may read the stream");
  }

  private static void matchGoldens(Path model, JavaFile construct, List<GeneratedFile> templates) throws IOException {
    Path dir = GOLDENS.resolve(model.getFileName().toString().replace(".tablesmith.yaml", ""));
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put(construct.packageName + "." + construct.typeSpec.name + ".java", construct.toString());
    templates.forEach(t -> outputs.put(t.path(), t.content()));
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      Path golden = dir.resolve(output.getKey());
      if (Boolean.getBoolean("goldens.update")) {
        Files.createDirectories(dir);
        Files.writeString(golden, output.getValue(), StandardCharsets.UTF_8);
      } else if (!Files.exists(golden)) {
        fail("missing golden " + golden + "; run with -Dgoldens.update=true to write it");
      } else {
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), output.getValue(),
            "stale golden " + golden + "; run with -Dgoldens.update=true after checking the change");
      }
    }
    try (Stream<Path> existing = Files.list(dir)) {
      assertEquals(outputs.size(), existing.count(), "goldens in " + dir + " that nothing generates");
    }
  }

  /** Compiles the construct, adds it to a fresh stack and returns the one table resource CDK synthesizes. */
  static Map<String, Object> synthesize(JavaFile construct, RemovalPolicy policy, String name, boolean withName)
      throws Exception {
    ClassLoader loader = InMemoryCompiler.compile(List.of(construct));
    Class<?> type = loader.loadClass(construct.packageName + "." + construct.typeSpec.name);
    Stack stack = new Stack(new App(), "Stack");
    if (withName) {
      type.getConstructor(Construct.class, String.class, RemovalPolicy.class, String.class)
          .newInstance(stack, "Db", policy, name);
    } else {
      type.getConstructor(Construct.class, String.class, RemovalPolicy.class).newInstance(stack, "Db", policy);
    }
    Map<String, Object> template = normalize(Template.fromStack(stack).toJSON());
    @SuppressWarnings("unchecked")
    Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
    assertEquals(1, resources.size(), "the construct defines the table and nothing else: " + resources.keySet());
    return resource(template, GLOBAL_TABLE);
  }

  /** The emitted template's table, as a deployment with the default parameters would see it. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> emittedResource(GeneratedFile json, String defaultName) {
    Map<String, Object> template = read(json.content());
    Map<String, Object> parameter = (Map<String, Object>) ((Map<String, Object>) template.get("Parameters")).get("TableName");
    assertEquals(defaultName, parameter.get("Default"));
    Map<String, Object> resource = new LinkedHashMap<>(resource(template, GLOBAL_TABLE));
    Map<String, Object> properties = new LinkedHashMap<>(props(resource));
    assertEquals(Map.of("Ref", "TableName"), properties.get("TableName"));
    properties.put("TableName", defaultName);
    resource.put("Properties", properties);
    return resource;
  }

  /** Checks the synthesized table against the model directly, not through either emitter. */
  @SuppressWarnings("unchecked")
  static void assertSaysWhatTheModelSays(Table table, Map<String, Object> resource) {
    Map<String, Object> p = props(resource);
    assertEquals("Retain", resource.get("DeletionPolicy"));
    assertEquals(table.physicalName(), p.get("TableName"));
    assertEquals(schema(table.primary().partitionKey(), table.primary().sortKey()), p.get("KeySchema"));

    Set<Object> definitions = new LinkedHashSet<>();
    for (Index index : table.allIndexes()) {
      for (KeyAttribute k : index.isPrimary() || index.isGlobal() ? index.keyAttributes() : index.sortKey()) {
        definitions.add(Map.of("AttributeName", k.name(), "AttributeType", k.type().dynamoType()));
      }
    }
    assertEquals(definitions, new LinkedHashSet<>((List<Object>) p.get("AttributeDefinitions")));

    List<Map<String, Object>> gsis = (List<Map<String, Object>>) p.getOrDefault("GlobalSecondaryIndexes", List.of());
    List<Map<String, Object>> lsis = (List<Map<String, Object>>) p.getOrDefault("LocalSecondaryIndexes", List.of());
    List<String> declared = new ArrayList<>();
    for (Index index : table.indexes()) {
      declared.add(index.name());
      Map<String, Object> found = Stream.concat(gsis.stream(), lsis.stream())
          .filter(i -> index.name().equals(i.get("IndexName"))).findFirst().orElseThrow();
      assertTrue((index.isGlobal() ? gsis : lsis).contains(found), index.name() + " is of the declared kind");
      List<KeyAttribute> partition = index.isGlobal() ? index.partitionKey() : List.of(table.partitionKey());
      assertEquals(schema(partition, index.sortKey()), found.get("KeySchema"), index.name());
      Map<String, Object> projection = (Map<String, Object>) found.get("Projection");
      assertEquals(index.projection().type().name(), projection.get("ProjectionType"), index.name());
      assertEquals(index.projection().type() == Projection.Type.INCLUDE ? index.projection().include() : null,
          projection.get("NonKeyAttributes"), index.name());
    }
    List<String> synthesizedNames = Stream.concat(gsis.stream(), lsis.stream()).map(i -> (String) i.get("IndexName")).toList();
    assertEquals(Set.copyOf(declared), Set.copyOf(synthesizedNames));
    assertEquals(declared.size(), synthesizedNames.size());

    Map<String, Object> replica = ((List<Map<String, Object>>) p.get("Replicas")).get(0);
    Table.Billing billing = table.billing();
    assertEquals(billing.provisioned() ? "PROVISIONED" : "PAY_PER_REQUEST", p.get("BillingMode"));
    if (billing.provisioned()) {
      assertEquals(Map.of("ReadCapacityUnits", billing.read()), replica.get("ReadProvisionedThroughputSettings"));
      Map<String, Object> scaling = (Map<String, Object>) ((Map<String, Object>) p.get("WriteProvisionedThroughputSettings"))
          .get("WriteCapacityAutoScalingSettings");
      assertEquals(billing.write(), scaling.get("MinCapacity"));
      assertEquals(billing.write(), scaling.get("MaxCapacity"));
    }
    assertEquals(table.stream() == Table.StreamView.NONE ? null : Map.of("StreamViewType", table.stream().name()),
        p.get("StreamSpecification"));
    assertEquals(table.timeToLive().map(ttl -> Map.<String, Object>of("AttributeName", ttl, "Enabled", true)).orElse(null),
        p.get("TimeToLiveSpecification"));
    assertEquals(table.pointInTimeRecovery() ? Map.of("PointInTimeRecoveryEnabled", true) : null,
        replica.get("PointInTimeRecoverySpecification"));
    assertEquals(table.deletionProtection() ? Boolean.TRUE : null, replica.get("DeletionProtectionEnabled"));
  }

  private static List<Object> schema(List<KeyAttribute> partition, List<KeyAttribute> sort) {
    List<Object> schema = new ArrayList<>();
    partition.forEach(k -> schema.add(Map.of("AttributeName", k.name(), "KeyType", "HASH")));
    sort.forEach(k -> schema.add(Map.of("AttributeName", k.name(), "KeyType", "RANGE")));
    return schema;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> props(Map<String, Object> resource) {
    return (Map<String, Object>) resource.get("Properties");
  }

  @SuppressWarnings("unchecked")
  private static List<String> logicalIds(Map<String, Object> template, String type) {
    Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
    return resources.entrySet().stream()
        .filter(e -> type.equals(((Map<String, Object>) e.getValue()).get("Type"))).map(Map.Entry::getKey).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> resource(Map<String, Object> template, String type) {
    List<String> ids = logicalIds(template, type);
    assertEquals(1, ids.size(), "one " + type);
    return (Map<String, Object>) ((Map<String, Object>) template.get("Resources")).get(ids.get(0));
  }

  /** Parses JSON or YAML with every type but maps, lists, strings, numbers and booleans refused. */
  static Map<String, Object> read(String text) {
    return normalize(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
  }

  /** Maps and lists as plain collections, whole numbers as longs, so trees compare by value. */
  @SuppressWarnings("unchecked")
  static <T> T normalize(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put((String) k, normalize(v)));
      return (T) out;
    } else if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(normalize(v)));
      return (T) out;
    } else if (value instanceof Number n) {
      BigDecimal d = new BigDecimal(n.toString());
      return (T) (Object) d.longValueExact();
    }
    return (T) value;
  }
}
