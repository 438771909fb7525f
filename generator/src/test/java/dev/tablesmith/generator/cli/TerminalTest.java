package dev.tablesmith.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Colour only when asked or on a terminal; paths shown from where the user stands. */
class TerminalTest {
  static final String STORE = "../examples/src/main/tablesmith/store.tablesmith.yaml";

  @Test
  void colourIsOffWhenTheOutputIsNotATerminalAndOnWhenForced() {
    Cli plain = Cli.run("check", STORE);
    assertFalse(plain.out().contains("\u001b["), plain.out());
    assertEquals(plain.out(), Cli.run("check", "--color=never", STORE).out());
    Cli coloured = Cli.run("check", "--color=always", STORE);
    assertTrue(coloured.out().contains("\u001b[1;33mwarning\u001b[0m"), coloured.out());
    assertEquals(plain.out(), coloured.out().replaceAll("\u001b\\[[0-9;]*m", ""), "the same text under the colour");
    assertEquals(2, Cli.run("check", "--color=sometimes", STORE).exitCode());
  }

  @Test
  void aFileBelowTheWorkingDirectoryIsShownFromThere() throws Exception {
    Path dir = Path.of("target", "terminal-test");
    Files.createDirectories(dir);
    Path model = dir.resolve("bad.tablesmith.yaml");
    Files.writeString(model, "tablesmith: [\n", StandardCharsets.UTF_8);
    String absolute = model.toAbsolutePath().toString();
    String viaDots = "./target/../target/terminal-test/bad.tablesmith.yaml";
    for (String given : new String[] {absolute, viaDots, model.toString()}) {
      Cli run = Cli.run("check", given);
      assertTrue(run.out().startsWith("target/terminal-test/bad.tablesmith.yaml:2:1: error [TS001]"), given + ": " + run.out());
    }
    assertTrue(Cli.run("check", "./" + STORE).out().startsWith(STORE + ":"), "outside, the cleaned relative path");
  }
}
