package dev.tablesmith.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.generator.Models;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's hardening, beyond the catalogue's one example per code. */
class ReaderTest {
  private static final String OK = """
      tablesmith: 1
      name: Demo
      package: com.example.demo
      table: { name: demo, partitionKey: PK, sortKey: SK }
      entities:
        User:
          typeValue: %s
          attributes: { userId: string }
          key: { partition: "USER#<userId>", sort: PROFILE }
      accessPatterns:
        getUser: { get: User }
        users: { query: User, by: [userId], pageSize: %s }
      """;

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "on", "off", "010", "1e3"})
  void yaml11SurprisesWhereTextIsExpectedSayToQuote(String value) {
    String out = Models.check(OK.formatted(value, "20"));
    assertTrue(out.startsWith(Models.FILE + ":7:16: error [TS008] '" + value + "'"), out);
    assertTrue(out.contains("quote it (\"" + value + "\")"), out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "on", "010", "1e3"})
  void yaml11SurprisesWhereANumberIsExpectedSayToQuoteOrWriteDigits(String value) {
    String out = Models.check(OK.formatted("user", value));
    assertTrue(out.startsWith(Models.FILE + ":12:49: error [TS008] '" + value + "'"), out);
    assertTrue(out.contains("quote it"), out);
  }

  @Test
  void aTildeWhereTextIsExpectedIsNullAndTheHintSaysToQuote() {
    assertEquals(Models.FILE + ":7:16: error [TS103] entities.User.typeValue must be text, not null (~)\n"
        + "    YAML reads '~' as null; quote it (\"~\") for the text\n",
        Models.check(OK.formatted("~", "20")));
  }

  @Test
  void quotedValuesAreText() {
    assertEquals("", Models.check(OK.formatted("\"yes\"", "20")));
  }

  @Test
  void tenThousandLevelsOfNestingGiveADiagnosticNotAStackOverflow() {
    for (String deep : List.of("[".repeat(10_000) + "]".repeat(10_000),
        "{a: ".repeat(10_000) + "1" + "}".repeat(10_000))) {
      String out = Models.check("x: " + deep + "\n");
      assertTrue(out.matches(Models.FILE + ":1:\\d+: error \\[TS004] nesting deeper than 64 levels\n"), out);
    }
  }

  @Test
  void everyDuplicateKeyAtEveryLevelIsReportedInOneRun() {
    String out = Models.check("""
        tablesmith: 1
        tablesmith: 1
        name: Demo
        table: { name: a, name: b }
        entities:
          User:
            attributes: { id: string, id: long }
        """);
    assertEquals(Models.FILE + ":2:1: error [TS002] duplicate key 'tablesmith' (first defined at line 1)\n"
        + Models.FILE + ":4:19: error [TS002] duplicate key 'name' (first defined at line 4)\n"
        + Models.FILE + ":7:31: error [TS002] duplicate key 'id' (first defined at line 7)\n", out);
  }

  /**
   * The classic billion-laughs file, checked by the real CLI in a JVM limited to 64 MB of heap:
   * it ends in TS003 (not an OutOfMemoryError). The time bound here is only a hang guard; the
   * time itself is measured by a harness (see the closing note of issue 3).
   */
  @Test
  void billionLaughsIsRejectedWithin64MegabytesOfHeap() throws Exception {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String previous = "a";
    for (String name : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
      yaml.append(name).append(": &").append(name).append(" [")
          .append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
      previous = name;
    }
    Path file = temp.resolve("laughs.tablesmith.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-cp", System.getProperty("java.class.path"), "dev.tablesmith.generator.cli.Main",
        "check", file.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(process));
    assertEquals(1, process.waitFor(), out);
    assertTrue(out.startsWith(file + ":5:8: error [TS003] aliases expand to more than 10000 nodes;"), out);
  }

  private static String read(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
