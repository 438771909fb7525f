package dev.tablesmith.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.javapoet.JavaFile;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.emit.java.InMemoryCompiler;
import dev.tablesmith.generator.emit.java.JavaEmitter;
import dev.tablesmith.generator.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tablesmith init}: a starter model that checks clean and generates code that compiles. */
class InitCommandTest {
  @TempDir Path temp;

  @Test
  void theStarterChecksCleanPlansAndGeneratesCodeThatCompiles() {
    Path file = temp.resolve("my-shop.tablesmith.yaml");
    Cli run = Cli.run("init", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("wrote " + file + " (model MyShop, package com.example.myshop)\n"
        + "next: tablesmith check " + file + " && tablesmith plan " + file + "\n", run.out());
    Cli check = Cli.run("check", file.toString());
    assertEquals("", check.out(), "no errors and no warnings");
    assertEquals(0, check.exitCode());
    String plan = Cli.run("plan", file.toString()).out();
    assertEquals(4, plan.lines().count(), plan);
    assertTrue(plan.contains("ordersOfCustomer    Query    GSI1"), plan);

    Pipeline.Result result = new Pipeline().run(List.of(new Pipeline.Input(file, file.toString())));
    List<JavaFile> sources = new JavaEmitter().emit(result.models().get(0), new Diagnostics());
    ClassLoader loader = InMemoryCompiler.compile(sources);
    assertTrue(sources.stream().anyMatch(s -> s.typeSpec.name.equals("MyShopTable")));
    assertEquals("MyShopTable", sources.stream().filter(s -> s.typeSpec.name.equals("MyShopTable"))
        .map(s -> {
          try {
            return loader.loadClass(s.packageName + "." + s.typeSpec.name).getSimpleName();
          } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
          }
        }).findFirst().orElseThrow());
  }

  @Test
  void theCommentsTeachTheLanguage() throws Exception {
    Path file = temp.resolve("model.tablesmith.yaml");
    assertEquals(0, Cli.run("init", file.toString(), "--name", "Orders", "--package", "org.acme.db").exitCode());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("# A tablesmith model"), text);
    for (String taught : List.of("'?' makes an attribute optional", "role: version", "an item collection",
        "would need a Scan", "range: placedAt")) {
      assertTrue(text.contains(taught), taught);
    }
    assertTrue(text.contains("name: Orders ") && text.contains("package: org.acme.db "), text);
  }

  @Test
  void anExistingFileIsKeptUnlessForced() throws Exception {
    Path file = temp.resolve("orders.tablesmith.yaml");
    Files.writeString(file, "mine", StandardCharsets.UTF_8);
    Cli refused = Cli.run("init", file.toString());
    assertEquals(2, refused.exitCode());
    assertEquals("tablesmith: " + file + " exists; use --force to overwrite it\n", refused.err());
    assertEquals("mine", Files.readString(file));
    assertEquals(0, Cli.run("init", file.toString(), "--force").exitCode());
    assertTrue(Files.readString(file).contains("name: Orders "));
  }

  @Test
  void aNameOrPackageThatMakesABadModelWritesNothing() {
    Path file = temp.resolve("x.tablesmith.yaml");
    Cli run = Cli.run("init", file.toString(), "--name", "orders", "--package", "com.example.class");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("error [TS"), run.err());
    assertTrue(run.err().contains("nothing written"), run.err());
    assertFalse(Files.exists(file));
  }

  @Test
  void theNameComesFromTheFile() {
    assertEquals("Orders", InitCommand.nameFrom(Path.of("orders.tablesmith.yaml")));
    assertEquals("MyShop", InitCommand.nameFrom(Path.of("dir/my-shop.tablesmith.yaml")));
    assertEquals("App", InitCommand.nameFrom(Path.of("model.tablesmith.yaml")));
    assertEquals("App", InitCommand.nameFrom(Path.of("1st.tablesmith.yaml")));
  }
}
