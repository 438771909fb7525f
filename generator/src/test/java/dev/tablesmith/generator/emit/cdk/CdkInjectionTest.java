package dev.tablesmith.generator.emit.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.javapoet.JavaFile;
import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.java.InMemoryCompiler;
import dev.tablesmith.generator.emit.java.ParsedSource;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.RemovalPolicy;

/**
 * Hostile text in every model field that reaches the CDK construct or the CloudFormation
 * template: the model's description and file name, every key attribute name of the table and its
 * indexes, INCLUDE projection names and the time-to-live attribute. The construct compiles, javac
 * sees no code from model text, CDK synthesizes exactly the names the model gives, and the
 * templates parse to a tree whose keys are all CloudFormation's.
 */
public class CdkInjectionTest {
  static final List<String> PAYLOADS = List.of("*/", "\\u002a/", "\\u000a", "\"", "\\", "\"\"\"", "${}",
      "<script>", "@param", "\u200B", "*/ static { Runtime.getRuntime().exec(\"x\"); } /*", "|", "`", "]", "'",
      "\": {\"Fn::GetAtt\": [\"x\"]}, \"", "\n- x: y", "\uD83D\uDE00");
  static final String ALL = String.join(" | ", PAYLOADS);
  static final String FILE = "h *\\u002a ${} <script> \" |`.tablesmith.yaml";

  @TempDir static Path temp;
  private static PlannedModel planned;
  private static JavaFile construct;
  private static List<GeneratedFile> templates;

  @BeforeAll
  static void generate() throws Exception {
    Path file = temp.resolve("hostile.tablesmith.yaml");
    Files.writeString(file, yaml(), StandardCharsets.UTF_8);
    Pipeline.Result result = new Pipeline().run(List.of(new Pipeline.Input(file, FILE)));
    assertFalse(result.diagnostics().hasErrors(), result.diagnostics().render());
    planned = result.models().get(0);
    construct = new CdkEmitter().emit(planned);
    templates = new CloudFormationEmitter().emit(planned);
  }

  /** Every payload is written double-quoted with YAML escapes, so the model text is exactly it. */
  public static String yaml() {
    List<String> y = new ArrayList<>();
    y.add("tablesmith: 1\nname: Hostile\npackage: com.example.hostile\ndescription: " + q(ALL));
    y.add("table:\n  name: hostile\n  partitionKey: " + q("PK " + ALL) + "\n  sortKey: " + q("SK " + ALL));
    y.add("  stream: new-image\n  timeToLive: " + q("ttl " + ALL) + "\n  indexes:");
    y.add("    gsi1: { partitionKey: " + q("G1PK " + ALL) + ", sortKey: " + q("G1SK " + ALL)
        + ", projection: [" + IntStream.range(0, PAYLOADS.size()).mapToObj(i -> q("a " + PAYLOADS.get(i)))
            .collect(Collectors.joining(", ")) + "] }");
    y.add("    local1: { kind: local, sortKey: " + q("L1SK " + ALL) + ", projection: [" + q("a " + PAYLOADS.get(0)) + "] }");
    y.add("entities:\n  Doc:\n    description: " + q(ALL) + "\n    attributes:\n      docId: string");
    for (int i = 0; i < PAYLOADS.size(); i++) {
      y.add("      a" + i + ": { type: string, stored: " + q("a " + PAYLOADS.get(i)) + " }");
    }
    y.add("      expiresAt: { type: instant, role: ttl, optional: true, stored: " + q("ttl " + ALL) + " }");
    y.add("    key: { partition: \"DOC#<docId>\", sort: META }");
    y.add("    indexes:\n      gsi1: { partition: \"G#<docId>\", sort: S }\n      local1: { sort: \"L#<docId>\" }");
    y.add("accessPatterns:\n  getDoc: { get: Doc }");
    return String.join("\n", y) + "\n";
  }

  private static String q(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
        ? Character.toString(c) : String.format("\\U%08x", c)));
    return out.append('"').toString();
  }

  @Test
  void theModelCarriesThePayloadsExactly() {
    List<String> names = planned.model().table().allIndexes().stream()
        .flatMap(i -> i.keyAttributes().stream()).map(KeyAttribute::name).toList();
    assertTrue(names.contains("PK " + ALL) && names.contains("L1SK " + ALL), names.toString());
    assertEquals("ttl " + ALL, planned.model().table().timeToLive().orElseThrow());
  }

  @Test
  void theConstructCompilesAndJavacSeesNoCodeFromTheModel() {
    InMemoryCompiler.compile(List.of(construct));
    assertEquals(List.of(), ParsedSource.of(construct).foreignCode());
    assertEquals(Set.of(), literals().stream().filter(l -> l.contains("Runtime") && !l.startsWith("PK ")
        && !l.startsWith("SK ") && !l.startsWith("G1") && !l.startsWith("L1SK ") && !l.startsWith("ttl ")
        && !l.startsWith("a ")).collect(Collectors.toSet()), "payloads reach the construct only as names");
  }

  private static Set<String> literals() {
    return ParsedSource.of(construct).literals().values().stream().map(String::valueOf).collect(Collectors.toSet());
  }

  @Test
  void cdkSynthesizesExactlyTheNamesOfTheModelAndTheTemplateSaysTheSame() throws Exception {
    Map<String, Object> synthesized = CdkEmitterTest.synthesize(construct, RemovalPolicy.RETAIN, null, false);
    assertEquals(CdkEmitterTest.emittedResource(templates.get(0), "hostile"), CdkEmitterTest.normalize(synthesized));
    CdkEmitterTest.assertSaysWhatTheModelSays(planned.model().table(), synthesized);
    Index gsi = planned.model().table().index("gsi1").orElseThrow();
    // JavaPoet writes a text with a line break as concatenated literals; every other name is one literal.
    assertTrue(literals().containsAll(gsi.projection().include().stream().filter(n -> !n.contains("\n")).toList()),
        "INCLUDE names reach the construct whole");
  }

  @Test
  void jsonAndYamlParseToTheSameTreeWhoseKeysAreAllCloudFormations() {
    Map<String, Object> json = CdkEmitterTest.read(templates.get(0).content());
    assertEquals(json, CdkEmitterTest.read(templates.get(1).content()));
    Set<String> keys = new TreeSet<>();
    collectKeys(json, keys);
    for (String key : keys) {
      assertTrue(key.matches("[A-Za-z0-9]+|Fn::GetAtt"), "a key not of CloudFormation: " + key);
    }
    assertTrue(json.get("Description").toString().contains(FILE), "the file name is a value, whole");
    String text = templates.get(0).content() + templates.get(1).content();
    assertFalse(text.contains("\u200B") || text.contains("\uD83D") || text.contains("\n- x: y"),
        "invisible and line-breaking characters are escaped");
  }

  private static void collectKeys(Object value, Set<String> keys) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        keys.add((String) k);
        collectKeys(v, keys);
      });
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collectKeys(v, keys));
    }
  }
}
