package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.data.ShopTable;
import dev.tablesmith.runtime.testing.BytecodeScan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the constant pool of every class the plugin generated for the bundled models (they
 * compile to this module's classes) and proves none uses reflection.
 */
class GeneratedCodeUsesNoReflectionTest {
  @Test
  void generatedBytecodeUsesNoReflection() throws Exception {
    Path classes = Path.of(ShopTable.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> generated;
    try (Stream<Path> files = Files.walk(classes.resolve("com/example"))) {
      generated = files.filter(p -> p.toString().endsWith(".class") && p.toString().contains("/data/")).sorted().toList();
    }
    long sources;
    try (Stream<Path> files = Files.walk(Path.of("target", "generated-sources", "tablesmith"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).count();
    }
    assertTrue(sources > 50 && generated.size() >= sources,
        generated.size() + " classes found for " + sources + " generated sources");
    List<String> problems = new ArrayList<>();
    for (Path file : generated) {
      BytecodeScan.violations(Files.readAllBytes(file)).forEach(v -> problems.add(file.getFileName() + " " + v));
    }
    assertEquals(List.of(), problems);
  }
}
