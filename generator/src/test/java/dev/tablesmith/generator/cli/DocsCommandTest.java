package dev.tablesmith.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tablesmith docs}: the files it writes, its formats, and that a model with errors gets
 * nothing written. The first commands are the README's, as run from the repository root.
 */
class DocsCommandTest {
  /** The README's docs commands, from the repository root. */
  static final List<String> README = List.of(
      "./tablesmith docs examples/src/main/tablesmith/shop.tablesmith.yaml --out target/docs",
      "./tablesmith docs examples/src/main/tablesmith/store.tablesmith.yaml"
          + " examples/src/main/tablesmith/tracker.tablesmith.yaml --out target/docs --format markdown");
  static final Path GOLDENS = Path.of("src", "test", "resources", "goldens", "DocsEmitterTest");

  @TempDir Path temp;

  /** Runs a README command here (in generator/): the model paths one folder up, the output in temp. */
  private Cli readme(String command) {
    String[] words = command.split(" ");
    assertEquals("./tablesmith", words[0]);
    String[] args = Arrays.stream(words).skip(1)
        .map(w -> w.startsWith("examples/") ? "../" + w : w.equals("target/docs") ? out().toString() : w)
        .toArray(String[]::new);
    return Cli.run(args);
  }

  private Path out() {
    return temp.resolve("docs");
  }

  private List<String> written() throws Exception {
    if (!Files.exists(out())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(out())) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheMarkdownAndTheHtmlOfAModel() throws Exception {
    Cli run = readme(README.get(0));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("wrote 2 files in " + out() + "\n", run.out());
    assertEquals("", run.err());
    assertEquals(List.of("Shop.html", "Shop.md"), written());
    for (String file : written()) {
      assertEquals(Files.readString(GOLDENS.resolve("shop").resolve(file), StandardCharsets.UTF_8),
          Files.readString(out().resolve(file), StandardCharsets.UTF_8), file);
    }
  }

  @Test
  void formatMarkdownWritesOnlyMarkdownAndWarningsGoToStandardError() throws Exception {
    Cli run = readme(README.get(1));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("wrote 2 files in " + out() + "\n", run.out());
    assertEquals(List.of("Store.md", "Tracker.md"), written());
    assertTrue(run.err().contains("store.tablesmith.yaml:38:28: warning [TS314]"), run.err());
    assertTrue(run.err().contains("tracker.tablesmith.yaml:97:3: warning [TS510]"), run.err());
  }

  @Test
  void formatHtmlWritesOnlyTheHtml() throws Exception {
    Cli run = Cli.run("docs", "../examples/src/main/tablesmith/tracker.tablesmith.yaml", "--out",
        out().toString(), "--format", "html");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("Tracker.html"), written());
  }

  @Test
  void aModelWithErrorsGetsNothingWrittenAndExitsWithOne() throws Exception {
    Path bad = temp.resolve("bad.tablesmith.yaml");
    Files.writeString(bad, """
        tablesmith: 1
        name: Demo
        package: com.example.demo
        table: { name: demo, partitionKey: PK, sortKey: SK }
        entities:
          User:
            attributes: { userId: string }
            key: { partition: "USER#<userId>", sort: PROFILE }
        accessPatterns:
          getUser: { get: Usr }
        """, StandardCharsets.UTF_8);
    Cli run = Cli.run("docs", "../examples/src/main/tablesmith/shop.tablesmith.yaml", bad.toString(),
        "--out", out().toString());
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith(bad + ":10:"), run.err());
    assertTrue(run.err().endsWith("checked 2 models: 1 error, 0 warnings\n"), run.err());
    assertEquals(List.of(), written());
  }

  @Test
  void twoModelsOfOneNameGetNothingWritten() throws Exception {
    Path copy = temp.resolve("copy.tablesmith.yaml");
    Path shop = Path.of("..", "examples", "src", "main", "tablesmith", "shop.tablesmith.yaml");
    Files.copy(shop, copy);
    Cli run = Cli.run("docs", shop.toString(), copy.toString(), "--out", out().toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("(models both named Shop?); nothing written"), run.err());
    assertEquals(List.of(), written());
  }

  @Test
  void helpAndUsageErrors() {
    Cli help = Cli.run("docs", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("Usage: tablesmith docs"), help.out());
    assertTrue(help.out().contains("--format=FORMAT"), help.out());
    assertTrue(help.out().contains("markdown, html or all"), help.out());
    assertEquals(2, Cli.run("docs", "--out", out().toString()).exitCode());
    assertEquals(2, Cli.run("docs", "a.tablesmith.yaml").exitCode());
    Cli pdf = Cli.run("docs", "a.tablesmith.yaml", "--out", out().toString(), "--format", "pdf");
    assertEquals(2, pdf.exitCode());
    assertFalse(pdf.err().isEmpty());
  }
}
