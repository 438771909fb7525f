package dev.tablesmith.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every code in {@code docs/diagnostics.md} has a minimal model and the exact output of {@code
 * tablesmith check} on it: this runs each example and compares the whole text, and proves every
 * {@link Code} has an entry. After a message changes, {@code -Ddiagnostics.update=true} rewrites
 * each entry's output block from the tool; a new code needs its entry (title, prose, model) by hand.
 */
class DiagnosticsCatalogTest {
  static final Path CATALOG = Path.of("..", "docs", "diagnostics.md");

  @TempDir Path temp;

  /** One entry of the catalogue. */
  record Entry(String code, String yaml, String expected) {}

  static Map<String, Entry> entries() throws IOException {
    List<String> lines = Files.readAllLines(CATALOG, StandardCharsets.UTF_8);
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("### TS")) {
        continue;
      }
      String code = lines.get(i).substring(4).strip();
      String yaml = null;
      String expected = null;
      int j = i + 1;
      for (; j < lines.size() && !lines.get(j).startsWith("#"); j++) {
        if (lines.get(j).equals("```yaml")) {
          List<String> block = block(lines, j + 1);
          yaml = String.join("\n", block) + "\n";
          j += block.size();
        } else if (lines.get(j).equals("```text")) {
          List<String> block = block(lines, j + 1);
          expected = String.join("\n", block.subList(1, block.size())) + "\n";
          j += block.size();
        }
      }
      entries.put(code, new Entry(code, yaml, expected));
      i = j - 1;
    }
    return entries;
  }

  private static List<String> block(List<String> lines, int from) {
    List<String> out = new ArrayList<>();
    for (int k = from; !lines.get(k).equals("```"); k++) {
      out.add(lines.get(k));
    }
    return out;
  }

  @Test
  void everyCodeHasAnEntryAndNoEntryIsStale() throws IOException {
    List<String> codes = Arrays.stream(Code.values()).map(Enum::name).toList();
    assertEquals(codes, new ArrayList<>(entries().keySet()),
        "docs/diagnostics.md must have exactly one entry per Code, in order");
  }

  @TestFactory
  Stream<DynamicTest> everyExampleGivesExactlyItsDocumentedOutput() throws IOException {
    if (Boolean.getBoolean("diagnostics.update")) {
      update();
    }
    return entries().values().stream().map(e -> DynamicTest.dynamicTest(e.code(), () -> {
      String actual = actual(e);
      assertEquals(e.expected(), actual, e.code() + " in docs/diagnostics.md");
      assertTrue(actual.contains("[" + e.code() + "]"), "the example must produce " + e.code());
    }));
  }

  private String actual(Entry e) throws IOException {
    return switch (e.code()) {
      case "TS005" -> oversized();
      case "TS009" -> run(temp.resolve("missing.tablesmith.yaml"), "missing.tablesmith.yaml");
      default -> Models.check(e.yaml());
    };
  }

  /** Replaces the output lines of every entry's {@code text} block with what the tool prints. */
  private void update() throws IOException {
    Map<String, Entry> entries = entries();
    List<String> lines = Files.readAllLines(CATALOG, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    String code = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      out.add(line);
      if (line.startsWith("### TS")) {
        code = line.substring(4).strip();
      } else if (line.equals("```text") && code != null) {
        out.add(lines.get(++i));
        out.addAll(List.of(actual(entries.get(code)).split("\n")));
        while (!lines.get(i + 1).equals("```")) {
          i++;
        }
      }
    }
    Files.write(CATALOG, (String.join("\n", out) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private String oversized() throws IOException {
    Path big = temp.resolve("model.tablesmith.yaml");
    Files.write(big, "#".repeat(3 * 1024 * 1024 + 1).getBytes(StandardCharsets.UTF_8));
    return run(big, "model.tablesmith.yaml");
  }

  private static String run(Path path, String name) {
    return new Pipeline().run(List.of(new Pipeline.Input(path, name))).diagnostics().render();
  }
}
