package dev.tablesmith.generator.emit.java;

import static dev.tablesmith.generator.emit.java.HostileModel.ALL;
import static dev.tablesmith.generator.emit.java.HostileModel.LINES;
import static dev.tablesmith.generator.emit.java.HostileModel.PAYLOADS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.javapoet.JavaFile;
import dev.tablesmith.generator.Models;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.pipeline.Pipeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link HostileModel}'s payloads in every free-text field that reaches generated Java. The
 * model checks clean; the generated code compiles with every lint an error; javac's own parse
 * shows that no payload became code; comments carry the payloads only escaped yet whole; and
 * string literals carry them exactly, as the generated API gives them back
 * ({@link GeneratedApiRoundTrip}).
 */
class GeneratedInjectionTest {
  /** Text that must never appear in generated code outside comments and literals. */
  static final List<String> CODE_FRAGMENTS = List.of("Runtime", "exec(", "script>", "${",
      "@param", "\"", "\\", "\u200B", "*/", "/*", "static {", "(\"x\")");
  /** The block tags the generator writes: a parameter's name, a return, a documented exception. */
  private static final Pattern TAG = Pattern.compile(
      "@(param [a-z][A-Za-z0-9]* .+|return .+|throws ([a-z]+\\.)*[A-Z][A-Za-z]* .+)");

  private static List<JavaFile> files;

  @BeforeAll
  static void generate() {
    files = generate(HostileModel.yaml());
    List<String> names = files.stream().map(f -> f.typeSpec.name).toList();
    assertTrue(names.containsAll(List.of("Box", "BoxCodec", "Doc", "DocCodec", "DocKey", "DocKind",
        "DocOperations", "HostileTable")), names.toString());
  }

  /** The sources of a model that checks without errors (warnings allowed). */
  private static List<JavaFile> generate(String yaml) {
    Pipeline.Result result = Models.run(yaml);
    assertFalse(result.diagnostics().hasErrors(), result.diagnostics().render());
    assertEquals(1, result.models().size(), result.diagnostics().render());
    Diagnostics diagnostics = new Diagnostics();
    List<JavaFile> generated = new JavaEmitter().emit(result.models().get(0), diagnostics);
    assertEquals("", diagnostics.render());
    return generated;
  }

  @Test
  void generatedCodeCompilesWithEveryLintAnError() {
    InMemoryCompiler.compile(files);
  }

  @Test
  void javacSeesNoInitializerNoForeignAnnotationAndNoNameFromModelText() {
    for (JavaFile file : files) {
      assertEquals(List.of(), ParsedSource.of(file).foreignCode(), file.typeSpec.name);
    }
  }

  @Test
  void outsideCommentsAndLiteralsNoPayloadTextRemains() {
    for (JavaFile file : files) {
      String name = file.typeSpec.name;
      String source = file.toString();
      assertEquals(-1, SourceRegions.eligibleUnicodeEscape(source),
          name + " has a backslash that javac reads as a unicode escape");
      SourceRegions regions = SourceRegions.of(source);
      // The split is javac's: the same literals, at the same offsets, with the same values.
      Map<Long, Object> split = new TreeMap<>();
      regions.literals().forEach(r -> split.put((long) r.start(),
          r.text().charAt(0) == '"' ? SourceRegions.value(r) : r.text()));
      assertEquals(ParsedSource.of(file).literals(), split, name);
      String code = regions.code();
      for (String fragment : CODE_FRAGMENTS) {
        int at = code.indexOf(fragment);
        assertEquals(-1, at, () -> name + ": " + fragment + " in code: "
            + code.substring(Math.max(0, at - 80), Math.min(code.length(), at + 80)));
      }
    }
  }

  @Test
  void commentsHoldPayloadsOnlyEscapedAndCloseOnlyOnTheirOwnLine() {
    assertCommentsSafe(files);
  }

  /**
   * Descriptions that break lines with a carriage return, a line or paragraph separator, or a
   * line feed and a NUL, each followed by a block tag. Double-quoted scalars on purpose: YAML
   * escapes are how a model writes these characters. Unescaped, javac would warn (dep-ann) and
   * the tag check would see a tag the generator did not write.
   */
  @Test
  void aTagAfterAnyLineBreakStaysText() {
    String breaks = "\"cr\\r@deprecated a\\n\\0@deprecated b\\u2028@deprecated c"
        + "\\u2029@deprecated d\"";
    List<JavaFile> generated = generate("tablesmith: 1\nname: Breaks\npackage: com.example.breaks\n"
        + "description: " + breaks + "\ntable:\n  name: breaks\n  partitionKey: PK\n"
        + "entities:\n  Thing:\n    description: " + breaks + "\n    attributes:\n"
        + "      id: { type: string, description: " + breaks + " }\n"
        + "    key: { partition: 'T#<id>' }\n"
        + "accessPatterns:\n  getThing: { description: " + breaks + ", get: Thing }\n");
    InMemoryCompiler.compile(generated);
    assertCommentsSafe(generated);
    String table = generated.stream().filter(f -> f.typeSpec.name.equals("BreaksTable"))
        .findFirst().orElseThrow().toString();
    assertEquals(8, table.split("&#64;deprecated", -1).length - 1, "model and pattern: " + table);
  }

  private static void assertCommentsSafe(List<JavaFile> files) {
    for (JavaFile file : files) {
      for (SourceRegions.Region comment : SourceRegions.of(file.toString()).comments()) {
        String text = comment.text();
        String where = file.typeSpec.name + " at " + comment.start() + ": " + text;
        assertFalse(text.contains("\\"), where);
        for (String raw : List.of("<script>", "{ Runtime", "${}")) {
          assertFalse(text.contains(raw), raw + " unescaped in " + where);
        }
        String untagged = text.replaceAll("<p>|</?code>", "");
        assertFalse(untagged.contains("<") || untagged.contains(">"), "foreign HTML in " + where);
        // A line that opens with @ is a block tag; each must be one the generator wrote.
        text.lines().map(l -> l.replaceFirst("^\\s*(/\\*\\*|\\*)?\\s*", ""))
            .filter(l -> l.startsWith("@"))
            .forEach(l -> assertTrue(TAG.matcher(l).matches(), "block tag " + l + " in " + where));
        if (text.startsWith("/*")) {
          // JavaPoet closes a Javadoc on a line of its own: a */ anywhere else ended it early.
          assertTrue(text.startsWith("/**\n"), where);
          assertEquals("*/", text.substring(text.lastIndexOf('\n') + 1).strip(), where);
        }
      }
    }
  }

  @Test
  void javadocShowsEveryDescriptionWhole() {
    Map<String, String> docs = new LinkedHashMap<>();
    for (JavaFile file : files) {
      docs.put(file.typeSpec.name, SourceRegions.of(file.toString()).comments().stream()
          .map(SourceRegions::rendered).collect(Collectors.joining("\n")));
    }
    // Model, entity, type, enum attribute, attribute and pattern descriptions: each file that
    // carries one shows the whole text, as a reader of the rendered Javadoc sees it.
    for (String type : List.of("HostileTable", "Doc", "Box", "DocKind")) {
      assertTrue(docs.get(type).contains(ALL), type + ":\n" + docs.get(type));
    }
    for (String type : List.of("HostileTable", "Doc")) {
      assertTrue(docs.get(type).contains(LINES), type + ":\n" + docs.get(type));
    }
    for (int i = 0; i < PAYLOADS.size(); i++) {
      String p = PAYLOADS.get(i);
      String getter = ").\n\n@return the value\n";
      assertTrue(docs.get("Doc").contains(p + " (stored as a " + p + getter), "t" + i);
      assertTrue(docs.get("Box").contains(p + " (stored as f " + p + getter), "f" + i);
      assertTrue(docs.get("DocKind").contains("Stored as " + p + "."), "P" + i);
      assertTrue(docs.get("HostileTable").contains(p + "\n\n<p>Query the table"), "fixed" + i);
    }
  }

  @Test
  void payloadsSurviveInLiteralsExactly() throws Exception {
    new GeneratedApiRoundTrip(InMemoryCompiler.compile(files), HostileModel.PACKAGE).check();
  }
}
