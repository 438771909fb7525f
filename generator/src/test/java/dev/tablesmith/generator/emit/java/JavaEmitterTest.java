package dev.tablesmith.generator.emit.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.squareup.javapoet.JavaFile;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources of every example model: equal to their golden files (regenerate with
 * {@code -Dgoldens.update=true}), compiled in memory with {@code -Xlint:all -Werror}, loaded.
 */
class JavaEmitterTest {
  static final Path EXAMPLES = Path.of("..", "examples", "src", "main", "tablesmith");
  static final Path GOLDENS = Path.of("src", "test", "resources", "goldens", "JavaEmitterTest");

  static List<JavaFile> generate(String model) {
    Pipeline.Result result = new Pipeline().run(List.of(new Pipeline.Input(EXAMPLES.resolve(model), model)));
    Diagnostics diagnostics = new Diagnostics();
    List<JavaFile> files = new JavaEmitter().emit(result.models().get(0), diagnostics);
    assertEquals("", diagnostics.render());
    return files;
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop.tablesmith.yaml", "store.tablesmith.yaml", "tracker.tablesmith.yaml"})
  void generatedSourcesMatchTheGoldensCompileCleanlyAndLoad(String model) throws Exception {
    List<JavaFile> files = generate(model);
    Path dir = GOLDENS.resolve(model.replace(".tablesmith.yaml", ""));
    boolean update = Boolean.getBoolean("goldens.update");
    for (JavaFile file : files) {
      Path golden = dir.resolve(file.packageName + "." + file.typeSpec.name + ".java");
      String actual = file.toString();
      if (update) {
        Files.createDirectories(dir);
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      } else if (!Files.exists(golden)) {
        fail("missing golden " + golden + "; run with -Dgoldens.update=true to write it");
      } else {
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
            "stale golden " + golden + "; run with -Dgoldens.update=true after checking the change");
      }
    }
    try (Stream<Path> existing = Files.list(dir)) {
      assertEquals(files.size(), existing.count(), "goldens in " + dir + " that nothing generates");
    }
    ClassLoader loader = InMemoryCompiler.compile(files);
    for (JavaFile file : files) {
      assertEquals(file.typeSpec.name, loader.loadClass(file.packageName + "." + file.typeSpec.name).getSimpleName());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop.tablesmith.yaml", "store.tablesmith.yaml", "tracker.tablesmith.yaml"})
  void generationIsDeterministic(String model) throws IOException {
    List<String> first = generate(model).stream().map(JavaFile::toString).toList();
    List<String> second = generate(model).stream().map(JavaFile::toString).toList();
    assertEquals(first, second);
    assertTrue(first.stream().allMatch(s -> !s.contains("\r")), "\\n line endings only");
  }
}
