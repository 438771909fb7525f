package dev.tablesmith.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tablesmith cdk}: what it writes where, and how it fails. */
class CdkCommandTest {
  static final String SHOP = "../examples/src/main/tablesmith/shop.tablesmith.yaml";
  static final Path GOLDENS = Path.of("src", "test", "resources", "goldens", "CdkEmitterTest", "shop");

  @TempDir Path temp;

  @Test
  void writesTheConstructInItsPackageAndBothTemplates() throws Exception {
    Path out = temp.resolve("cdk");
    Cli run = Cli.run("cdk", SHOP, "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("wrote 1 construct in " + out + " and 2 templates in " + out + "\n", run.out());
    assertEquals(Files.readString(GOLDENS.resolve("com.example.shop.data.cdk.ShopTableConstruct.java")),
        Files.readString(out.resolve("com/example/shop/data/cdk/ShopTableConstruct.java")));
    for (String template : new String[] {"Shop.template.json", "Shop.template.yaml"}) {
      assertEquals(Files.readString(GOLDENS.resolve(template)), Files.readString(out.resolve(template)), template);
    }
  }

  @Test
  void templatesMayGoElsewhere() throws Exception {
    Path out = temp.resolve("src");
    Path templates = temp.resolve("cfn");
    Cli run = Cli.run("cdk", SHOP, "--out", out.toString(), "--templates", templates.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.exists(templates.resolve("Shop.template.json")));
    assertFalse(Files.exists(out.resolve("Shop.template.json")));
    assertTrue(Files.exists(out.resolve("com/example/shop/data/cdk/ShopTableConstruct.java")));
  }

  @Test
  void aModelWithErrorsWritesNothing() throws Exception {
    Path bad = temp.resolve("bad.tablesmith.yaml");
    Files.writeString(bad, Files.readString(Path.of(SHOP)).replace("get: Order", "get: Ordr"),
        StandardCharsets.UTF_8);
    Path out = temp.resolve("out");
    Cli run = Cli.run("cdk", bad.toString(), "--out", out.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains(": error [TS"), run.err());
    assertFalse(Files.exists(out), "nothing is written");
  }

  @Test
  void anOutputThatCannotBeWrittenIsAMessageNotATrace() throws Exception {
    Path file = temp.resolve("taken");
    Files.writeString(file, "a file, not a directory");
    Cli run = Cli.run("cdk", SHOP, "--out", file.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("tablesmith: cannot write the output: "), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void helpNamesTheOptions() {
    Cli help = Cli.run("cdk", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("--out=DIR") && help.out().contains("--templates=DIR"), help.out());
  }
}
