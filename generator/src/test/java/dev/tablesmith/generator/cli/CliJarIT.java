package dev.tablesmith.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI jar run as a process, as a user runs it: {@code java -jar}, in a directory of
 * their own, on good and bad models, with its output piped (so never coloured).
 */
class CliJarIT {
  static final Path JAR = Path.of(System.getProperty("cli.jar", "target/missing-cli.jar")).toAbsolutePath();
  static final Path EXAMPLES = Path.of("..", "examples", "src", "main", "tablesmith").toAbsolutePath().normalize();

  @TempDir Path work;

  /** What a process printed and how it ended. */
  record Run(int exitCode, String out, String err) {}

  private Run tablesmith(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(dir, command);
  }

  private Run run(Path dir, List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "finished: " + command);
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void versionAndHelp() throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is built by the package phase");
    Run version = tablesmith(work, "--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().matches("tablesmith \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), version.out());
    Run help = tablesmith(work, "--help");
    for (String command : List.of("init", "check", "plan", "generate", "docs", "cdk")) {
      assertTrue(help.out().contains("  " + command + " "), command + " in\n" + help.out());
      Run commandHelp = tablesmith(work, command, "--help");
      assertEquals(0, commandHelp.exitCode(), command);
      assertTrue(commandHelp.out().startsWith("Usage: tablesmith " + command), commandHelp.out());
      assertTrue(commandHelp.out().contains("Exit codes:"), command + " documents its exit codes");
    }
  }

  @Test
  void aNewUsersSessionFromInitToEveryOutput() throws Exception {
    Run init = tablesmith(work, "init", "orders.tablesmith.yaml");
    assertEquals(0, init.exitCode(), init.err());
    Run check = tablesmith(work, "check", "orders.tablesmith.yaml");
    assertEquals(new Run(0, "", "checked 1 model: 0 errors, 0 warnings\n"), check);
    Run plan = tablesmith(work, "plan", "--format", "json", "orders.tablesmith.yaml");
    assertEquals(0, plan.exitCode(), plan.err());
    assertTrue(plan.out().contains("\"pattern\" : \"ordersOfCustomer\""), plan.out());
    assertEquals(0, tablesmith(work, "generate", "orders.tablesmith.yaml", "--out", "src").exitCode());
    assertTrue(Files.isRegularFile(work.resolve("src/com/example/orders/OrdersTable.java")));
    assertEquals(0, tablesmith(work, "docs", "orders.tablesmith.yaml", "--out", "review").exitCode());
    assertTrue(Files.isRegularFile(work.resolve("review/Orders.html")));
    assertEquals(0, tablesmith(work, "cdk", "orders.tablesmith.yaml", "--out", "infra").exitCode());
    assertTrue(Files.isRegularFile(work.resolve("infra/Orders.template.yaml")));
  }

  @Test
  void aBadModelGetsLocatedDiagnosticsInEveryFormatAndNoTrace() throws Exception {
    Files.writeString(work.resolve("bad.tablesmith.yaml"), """
        tablesmith: 1
        name: Library
        package: com.example.library
        table: { name: library, partitionKey: PK, sortKey: SK }
        entities:
          Book:
            attributes: { isbn: string, author: string }
            key: { partition: "BOOK#<isbn>", sort: META }
        accessPatterns:
          booksByAuthor: { query: Book, by: [author] }
        """, StandardCharsets.UTF_8);
    Run text = tablesmith(work, "check", "bad.tablesmith.yaml");
    assertEquals(1, text.exitCode());
    assertTrue(text.out().startsWith("bad.tablesmith.yaml:10:3: error [TS501] pattern booksByAuthor needs a Scan"), text.out());
    assertFalse(text.out().contains("\u001b["), "no colour when piped");
    assertEquals("checked 1 model: 1 error, 0 warnings\n", text.err());
    Run sarif = tablesmith(work, "check", "--format", "sarif", "bad.tablesmith.yaml");
    assertEquals(1, sarif.exitCode());
    assertTrue(sarif.out().contains("\"ruleId\" : \"TS501\""), sarif.out());
    Run generate = tablesmith(work, "generate", "bad.tablesmith.yaml", "--out", "out");
    assertEquals(1, generate.exitCode());
    assertFalse(Files.exists(work.resolve("out")), "nothing is written");
    Run missing = tablesmith(work, "check", "nope.tablesmith.yaml");
    assertEquals(1, missing.exitCode());
    assertEquals("nope.tablesmith.yaml: error [TS009] cannot read the model: no such file\n", missing.out());
    for (Run run : List.of(text, sarif, generate, missing)) {
      assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }
    assertEquals(2, tablesmith(work, "check").exitCode(), "a usage error");
  }

  @Test
  void theExampleModelsCheckWithTheirWarnings() throws Exception {
    Run run = tablesmith(EXAMPLES, "check", "shop.tablesmith.yaml", "store.tablesmith.yaml", "tracker.tablesmith.yaml");
    assertEquals(0, run.exitCode(), run.out());
    assertEquals("checked 3 models: 0 errors, 3 warnings\n", run.err());
  }

  @Test
  void theLauncherScriptRunsTheJar() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Run launcher = run(root, List.of("sh", "tablesmith", "--version"));
    assertEquals(0, launcher.exitCode(), launcher.err());
    assertEquals(tablesmith(work, "--version").out(), launcher.out());
  }
}
