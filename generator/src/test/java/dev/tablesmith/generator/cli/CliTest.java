package dev.tablesmith.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, formats and messages of the command line. */
class CliTest {
  @TempDir Path temp;

  private String write(String name, String yaml) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file.toString();
  }

  private static final String BAD = """
      tablesmith: 1
      name: Demo
      package: com.example.demo
      table: { name: demo, partitionKey: PK, sortKey: SK, stram: none }
      entities:
        User:
          attributes: { userId: string, email: string }
          key: { partition: "USER#<userId>", sort: PROFILE }
      accessPatterns:
        getUser: { get: Usr }
      """;

  @Test
  void checkReportsEveryProblemOfEveryFileAndExitsWithOne() throws Exception {
    String bad = write("bad.tablesmith.yaml", BAD);
    String worse = write("worse.tablesmith.yaml", "tablesmith: [\n");
    Cli run = Cli.run("check", bad, worse);
    assertEquals(1, run.exitCode());
    assertEquals(bad + ":4:53: error [TS101] unknown key 'stram' in table\n"
        + "    did you mean 'stream'?\n"
        + worse + ":2:1: error [TS001] YAML syntax error: expected the node content, but found '<stream end>'\n",
        run.out());
    assertEquals("checked 2 models: 2 errors, 0 warnings\n", run.err());
  }

  @Test
  void checkJsonGivesEachDiagnosticWithItsParts() throws Exception {
    String bad = write("bad.tablesmith.yaml", BAD);
    Cli run = Cli.run("check", "--format", "json", bad);
    assertEquals(1, run.exitCode());
    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode d = root.get("diagnostics").get(0);
    assertEquals(bad, d.get("file").asText());
    assertEquals(4, d.get("line").asInt());
    assertEquals(53, d.get("column").asInt());
    assertEquals("error", d.get("severity").asText());
    assertEquals("TS101", d.get("code").asText());
    assertEquals("unknown key 'stram' in table", d.get("message").asText());
    assertEquals("did you mean 'stream'?", d.get("hint").asText());
    assertEquals(1, root.get("errors").asInt());
    assertEquals(0, root.get("warnings").asInt());
  }

  @Test
  void planWithErrorsPrintsThemOnStandardErrorAndNoPlan() throws Exception {
    String bad = write("bad.tablesmith.yaml", BAD);
    Cli run = Cli.run("plan", bad);
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith(bad + ":4:53: error [TS101]"), run.err());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, Cli.run().exitCode());
    assertEquals(2, Cli.run("check").exitCode());
    assertEquals(2, Cli.run("check", "--format", "xml", "a.yaml").exitCode());
    assertEquals(2, Cli.run("frobnicate").exitCode());
  }

  @Test
  void missingFileIsADiagnosticNotAStackTrace() {
    Cli run = Cli.run("check", temp.resolve("nope.tablesmith.yaml").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().endsWith("nope.tablesmith.yaml: error [TS009] cannot read the model: no such file\n"),
        run.out());
  }

  @Test
  void everyCommandHasHelpAndTheToolHasAVersion() {
    for (String command : new String[] {"check", "plan"}) {
      Cli help = Cli.run(command, "--help");
      assertEquals(0, help.exitCode());
      assertTrue(help.out().contains("Usage: tablesmith " + command), help.out());
      assertTrue(help.out().contains("--format"), help.out());
    }
    Cli version = Cli.run("--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().matches("tablesmith \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), version.out());
  }
}
