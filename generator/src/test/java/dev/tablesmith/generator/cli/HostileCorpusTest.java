package dev.tablesmith.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile and malformed models, each declaring on its first line the codes it must produce
 * ({@code # expect: TS004}, {@code # expect: clean}, {@code # expect: warning TS314}). Every run
 * ends in located diagnostics or a clean plan, with the documented exit code, no exception, and
 * well inside a time bound (a hang guard, not a speed measurement).
 */
class HostileCorpusTest {
  static final Path CORPUS = Path.of("src", "test", "resources", "hostile");
  private static final Pattern LINE = Pattern.compile(
      "^(\\S+?)(:(\\d+):(\\d+))?: (error|warning) \\[(TS\\d{3})] .+$");
  private static final Set<String> FILE_LEVEL = Set.of("TS005", "TS009", "TS010");

  static List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(CORPUS)) {
      return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void theCorpusHoldsAtLeastSixtyModels() throws IOException {
    assertTrue(files().size() >= 60, "corpus size " + files().size());
  }

  @TestFactory
  Stream<DynamicTest> everyHostileModelEndsInLocatedDiagnosticsOrAPlan() throws IOException {
    return files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> assertTimeoutPreemptively(Duration.ofSeconds(30), () -> runOne(file))));
  }

  private static void runOne(Path file) throws IOException {
    String header = header(file);
    Cli check = Cli.run("check", file.toString());
    assertFalse(check.err().contains("internal error"), check.err());
    Set<String> errors = new TreeSet<>();
    Set<String> warnings = new TreeSet<>();
    for (String line : check.out().split("\n")) {
      if (line.isEmpty() || line.startsWith("    ")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      assertTrue(m.matches(), "not a located diagnostic: " + line);
      assertEquals(file.toString(), m.group(1));
      if (m.group(2) == null) {
        assertTrue(FILE_LEVEL.contains(m.group(6)), "no line and column: " + line);
      }
      (m.group(5).equals("error") ? errors : warnings).add(m.group(6));
    }
    Expectation expected = Expectation.parse(header);
    assertEquals(expected.errors(), errors, file + " errors");
    if (expected.warnings() != null) {
      assertEquals(expected.warnings(), warnings, file + " warnings");
    }
    assertEquals(errors.isEmpty() ? 0 : Main.MODEL_ERRORS, check.exitCode(), file + " exit code");
    Cli plan = Cli.run("plan", file.toString());
    assertEquals(check.exitCode(), plan.exitCode(), file + " plan exit code");
    assertFalse(plan.err().contains("internal error"), plan.err());
  }

  private static String header(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
    int start = text.indexOf("# expect:");
    return text.substring(start + "# expect:".length(), text.indexOf('\n', start)).strip();
  }

  /** What a corpus file expects: error codes, and warning codes when it names them. */
  record Expectation(Set<String> errors, Set<String> warnings) {
    static Expectation parse(String header) {
      if (header.equals("clean")) {
        return new Expectation(Set.of(), Set.of());
      }
      Set<String> errors = new TreeSet<>();
      Set<String> warnings = null;
      boolean warning = false;
      for (String token : Arrays.asList(header.split("\\s+"))) {
        if (token.equals("warning")) {
          warning = true;
          warnings = warnings == null ? new TreeSet<>() : warnings;
        } else if (warning) {
          warnings.add(token);
          warning = false;
        } else {
          errors.add(token);
        }
      }
      return new Expectation(errors, warnings);
    }
  }
}
