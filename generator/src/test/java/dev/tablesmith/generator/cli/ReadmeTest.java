package dev.tablesmith.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.squareup.javapoet.JavaFile;
import dev.tablesmith.generator.emit.cdk.CdkEmitter;
import dev.tablesmith.generator.emit.java.InMemoryCompiler;
import dev.tablesmith.generator.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.constructs.Construct;

/** Every snippet of the README is one that runs: this checks each against the tool or its test. */
class ReadmeTest {
  static final Path ROOT = Path.of("..");
  private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path temp;

  record Block(String language, String text) {}

  /** The code block right after {@code <!-- snippet: NAME -->}. */
  static Block named(String name) throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String marker = "<!-- snippet: " + name + " -->\n";
    int at = readme.indexOf(marker);
    assertTrue(at >= 0, "README has no snippet " + name);
    Matcher m = BLOCK.matcher(readme);
    assertTrue(m.find(at + marker.length()) && m.start() == at + marker.length(), "no block after " + marker);
    return new Block(m.group(1), m.group(2));
  }

  static List<Block> blocks() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(new Block(m.group(1), m.group(2)));
    }
    return blocks;
  }

  @Test
  void theSetUpCommandsAreWhatCiRunsAndPrintWhatTheReadmeShows() throws Exception {
    List<Block> blocks = blocks();
    assertEquals("mvn -q -pl examples -am package -Pdemo", blocks.get(0).text().strip());
    assertEquals("mvn verify", blocks.get(2).text().strip());
    String check = "./tablesmith check examples/src/main/tablesmith/shop.tablesmith.yaml";
    String plan = "./tablesmith plan examples/src/main/tablesmith/shop.tablesmith.yaml";
    assertEquals(check + " && " + plan, blocks.get(3).text().strip());
    String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
    for (String command : List.of("mvn -B -ntp verify", "mvn -B -ntp -q -pl examples -am package -Pdemo", check, plan)) {
      assertTrue(ci.contains(command), ".ci/run lacks " + command);
    }
    assertEquals(Cli.run("plan", "../examples/src/main/tablesmith/shop.tablesmith.yaml").out(),
        blocks.get(4).text());
  }

  @Test
  void theModelExampleChecksCleanAndPlansAsShown() throws Exception {
    Block yaml = named("model-example");
    assertEquals("yaml", yaml.language());
    Path model = temp.resolve("library.tablesmith.yaml");
    Files.writeString(model, yaml.text(), StandardCharsets.UTF_8);
    Cli check = Cli.run("check", model.toString());
    assertEquals("", check.out());
    assertEquals(0, check.exitCode());
    assertEquals(named("model-plan").text(), Cli.run("plan", model.toString()).out());
  }

  @Test
  void theDiagnosticShownIsTheCataloguedOne() throws Exception {
    String catalogue = Files.readString(ROOT.resolve("docs/diagnostics.md"), StandardCharsets.UTF_8);
    String shown = named("ts501").text();
    assertTrue(shown.startsWith("model.tablesmith.yaml:11:3: error [TS501]"), shown);
    assertTrue(catalogue.contains(shown), "README's TS501 example differs from docs/diagnostics.md");
  }

  @Test
  void theEditorSettingPointsAtTheSchema() throws Exception {
    JsonNode settings = new ObjectMapper().readTree(named("editor-settings").text());
    String path = settings.get("yaml.schemas").fieldNames().next();
    assertTrue(Files.isRegularFile(ROOT.resolve(path)), path);
    assertEquals("*.tablesmith.yaml", settings.get("yaml.schemas").get(path).asText());
  }

  @Test
  void theGeneratedApiExampleIsTheOneATestRuns() throws Exception {
    Block java = named("generated-api");
    assertEquals("java", java.language());
    String test = Files.readString(ROOT.resolve(
        "examples/src/test/java/com/example/shop/ShopTableTest.java"), StandardCharsets.UTF_8);
    assertTrue(stripped(test).contains(stripped(java.text())), "README's generated-API example differs from"
        + " ShopTableTest.readmeExample");
  }

  @Test
  void theWritesExampleIsTheOneATestRuns() throws Exception {
    Block java = named("generated-api-writes");
    String test = Files.readString(ROOT.resolve(
        "examples/src/test/java/com/example/shop/ShopTableTest.java"), StandardCharsets.UTF_8);
    assertTrue(stripped(test).contains(stripped(java.text())), "README's writes example differs from"
        + " ShopTableTest.readmeUpdatesTransactionsAndStreams");
  }

  @Test
  void thePluginSnippetsAreTheIntegrationBuildsPoms() throws Exception {
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    String version = between(pom, "<artifactId>tablesmith-parent</artifactId>\n  <version>", "</version>");
    for (String[] pair : new String[][] {{"plugin", "generate-and-run"}, {"plugin-all-goals", "all-goals"}}) {
      Block xml = named(pair[0]);
      assertTrue(xml.text().contains("<version>" + version + "</version>"), xml.text());
      String sample = Files.readString(ROOT.resolve("maven-plugin/src/it/" + pair[1] + "/pom.xml"), StandardCharsets.UTF_8)
          .replace("@project.version@", version);
      assertTrue(stripped(sample).contains(stripped(xml.text())),
          "README's " + pair[0] + " snippet differs from maven-plugin/src/it/" + pair[1] + "/pom.xml");
    }
  }

  /** Each line without its indentation, so a snippet matches the same code indented in a file. */
  private static String stripped(String text) {
    return String.join("\n", text.lines().map(String::strip).toList());
  }

  @Test
  void theHarnessCoordinatesAndExampleAreTheRealOnes() throws Exception {
    String xml = named("harness-pom").text();
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    String version = between(pom, "<artifactId>tablesmith-parent</artifactId>\n  <version>", "</version>");
    String local = between(pom, "<version.dynamodb-local>", "</version.dynamodb-local>");
    assertTrue(xml.contains("<artifactId>tablesmith-runtime</artifactId>\n  <version>" + version + "</version>"), xml);
    assertTrue(xml.contains("<artifactId>DynamoDBLocal</artifactId>\n  <version>" + local + "</version>"), xml);
    String test = Files.readString(ROOT.resolve(
        "runtime/src/test/java/dev/tablesmith/runtime/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
    assertTrue(test.contains(named("harness-test").text()), "README's Java example differs from ReadmeExampleTest");
  }

  /** The named snippets the tests of this class check; the first five blocks are checked by position. */
  static final List<String> CHECKED = List.of("model-example", "model-plan", "ts501", "editor-settings", "cli-init",
      "generated-api", "generated-api-writes", "docs-commands", "cdk-command", "cdk-stack", "plugin",
      "plugin-all-goals", "harness-pom", "harness-test");

  @Test
  void everyBlockOfTheReadmeIsChecked() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> markers = new ArrayList<>();
    Matcher m = Pattern.compile("<!-- snippet: ([a-z0-9-]+) -->\n```").matcher(readme);
    while (m.find()) {
      markers.add(m.group(1));
    }
    assertEquals(CHECKED, markers, "every named block, in order, is one a test checks");
    assertEquals(5 + CHECKED.size(), blocks().size(), "every other block is one of the first five");
  }

  @Test
  void theInitCommandsGiveACleanModel() throws Exception {
    List<String> lines = named("cli-init").text().strip().lines().toList();
    assertEquals(List.of("./tablesmith init orders.tablesmith.yaml",
        "./tablesmith check orders.tablesmith.yaml && ./tablesmith plan orders.tablesmith.yaml"), lines);
    Path model = temp.resolve("orders.tablesmith.yaml");
    assertEquals(0, Cli.run("init", model.toString()).exitCode());
    Cli check = Cli.run("check", model.toString());
    assertEquals(0, check.exitCode());
    assertEquals("", check.out());
    assertEquals(0, Cli.run("plan", model.toString()).exitCode());
  }

  @Test
  void theDocsCommandsAreTheOnesDocsCommandTestRuns() throws Exception {
    Block commands = named("docs-commands");
    assertEquals(DocsCommandTest.README, commands.text().strip().lines().toList());
  }

  @Test
  void theCdkCommandWritesWhatTheReadmeSays() throws Exception {
    Block command = named("cdk-command");
    String model = "examples/src/main/tablesmith/shop.tablesmith.yaml";
    assertEquals("./tablesmith cdk " + model + " --out target/cdk", command.text().strip());
    Path out = temp.resolve("cdk");
    Cli run = Cli.run("cdk", ROOT.resolve(model).toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    for (String file : List.of("com/example/shop/data/cdk/ShopTableConstruct.java", "Shop.template.json",
        "Shop.template.yaml")) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
  }

  @Test
  void theCdkStackCompilesWithTheGeneratedConstructAndSynthesizes() throws Exception {
    Block stack = named("cdk-stack");
    assertEquals("java", stack.language());
    String source = "package " + InMemoryCompiler.HAND_WRITTEN + ";\n\n"
        + "import com.example.shop.data.cdk.ShopTableConstruct;\n"
        + "import software.amazon.awscdk.RemovalPolicy;\n"
        + "import software.amazon.awscdk.Stack;\n"
        + "import software.amazon.awscdk.services.iam.IRole;\n"
        + "import software.amazon.awscdk.services.iam.Role;\n"
        + "import software.amazon.awscdk.services.lambda.Function;\n"
        + "import software.amazon.awscdk.services.lambda.FunctionAttributes;\n"
        + "import software.amazon.awscdk.services.lambda.IFunction;\n"
        + "import software.amazon.awscdk.services.lambda.StartingPosition;\n"
        + "import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;\n"
        + "import software.constructs.Construct;\n\n" + stack.text();
    Pipeline.Result result = new Pipeline().run(List.of(new Pipeline.Input(
        ROOT.resolve("examples/src/main/tablesmith/shop.tablesmith.yaml"), "shop.tablesmith.yaml")));
    JavaFile construct = new CdkEmitter().emit(result.models().get(0));
    ClassLoader loader = InMemoryCompiler.compile(List.of(construct), Map.of("ShopStack", source));
    App app = new App();
    Stack shopStack = (Stack) loader.loadClass(InMemoryCompiler.HAND_WRITTEN + ".ShopStack")
        .getConstructor(Construct.class, String.class).newInstance(app, "Shop");
    Template template = Template.fromStack(shopStack);
    template.resourceCountIs("AWS::DynamoDB::GlobalTable", 1);
    template.resourceCountIs("AWS::Lambda::EventSourceMapping", 1);
    template.resourceCountIs("AWS::IAM::Policy", 2);
    String json = template.toJSON().toString();
    assertTrue(json.contains("TableName=shop-prod"), json);
    assertTrue(json.contains("DeletionPolicy=Retain"), json);
    assertTrue(json.contains("dynamodb:PutItem") && json.contains("dynamodb:GetRecords"), json);
  }

  private static String between(String text, String before, String after) {
    int start = text.indexOf(before) + before.length();
    return text.substring(start, text.indexOf(after, start));
  }
}
