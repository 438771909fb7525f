package dev.tablesmith.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every snippet of the README is one that runs: this checks each against the tool or its test. */
class ReadmeTest {
  static final Path ROOT = Path.of("..");
  private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path temp;

  record Block(String language, String text) {}

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
    List<Block> blocks = blocks();
    Block yaml = blocks.get(5);
    assertEquals("yaml", yaml.language());
    Path model = temp.resolve("library.tablesmith.yaml");
    Files.writeString(model, yaml.text(), StandardCharsets.UTF_8);
    Cli check = Cli.run("check", model.toString());
    assertEquals("", check.out());
    assertEquals(0, check.exitCode());
    assertEquals(blocks.get(6).text(), Cli.run("plan", model.toString()).out());
  }

  @Test
  void theDiagnosticShownIsTheCataloguedOne() throws Exception {
    String catalogue = Files.readString(ROOT.resolve("docs/diagnostics.md"), StandardCharsets.UTF_8);
    String shown = blocks().get(7).text();
    assertTrue(shown.startsWith("model.tablesmith.yaml:11:3: error [TS501]"), shown);
    assertTrue(catalogue.contains(shown), "README's TS501 example differs from docs/diagnostics.md");
  }

  @Test
  void theEditorSettingPointsAtTheSchema() throws Exception {
    JsonNode settings = new ObjectMapper().readTree(blocks().get(8).text());
    String path = settings.get("yaml.schemas").fieldNames().next();
    assertTrue(Files.isRegularFile(ROOT.resolve(path)), path);
    assertEquals("*.tablesmith.yaml", settings.get("yaml.schemas").get(path).asText());
  }

  @Test
  void theGeneratedApiExampleIsTheOneATestRuns() throws Exception {
    Block java = blocks().get(9);
    assertEquals("java", java.language());
    String test = Files.readString(ROOT.resolve(
        "examples/src/test/java/com/example/shop/ShopTableTest.java"), StandardCharsets.UTF_8);
    assertTrue(stripped(test).contains(stripped(java.text())), "README's generated-API example differs from"
        + " ShopTableTest.readmeExample");
  }

  @Test
  void thePluginSnippetIsTheOneTheExamplesBuildUses() throws Exception {
    Block xml = blocks().get(10);
    String pom = Files.readString(ROOT.resolve("examples/pom.xml"), StandardCharsets.UTF_8);
    assertTrue(stripped(pom).contains(stripped(xml.text())), "README's plugin snippet differs from examples/pom.xml");
  }

  /** Each line without its indentation, so a snippet matches the same code indented in a file. */
  private static String stripped(String text) {
    return String.join("\n", text.lines().map(String::strip).toList());
  }

  @Test
  void theHarnessCoordinatesAndExampleAreTheRealOnes() throws Exception {
    List<Block> blocks = blocks();
    String xml = blocks.get(11).text();
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    String version = between(pom, "<artifactId>tablesmith-parent</artifactId>\n  <version>", "</version>");
    String local = between(pom, "<version.dynamodb-local>", "</version.dynamodb-local>");
    assertTrue(xml.contains("<artifactId>tablesmith-runtime</artifactId>\n  <version>" + version + "</version>"), xml);
    assertTrue(xml.contains("<artifactId>DynamoDBLocal</artifactId>\n  <version>" + local + "</version>"), xml);
    String test = Files.readString(ROOT.resolve(
        "runtime/src/test/java/dev/tablesmith/runtime/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
    assertTrue(test.contains(blocks.get(12).text()), "README's Java example differs from ReadmeExampleTest");
  }

  private static String between(String text, String before, String after) {
    int start = text.indexOf(before) + before.length();
    return text.substring(start, text.indexOf(after, start));
  }
}
