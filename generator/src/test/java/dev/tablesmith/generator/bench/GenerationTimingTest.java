package dev.tablesmith.generator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timing harness works on a small synthetic model, so it cannot rot between the real runs
 * (docs/benchmarks.md): it generates the files and javac compiles them without a message.
 */
class GenerationTimingTest {
  @Test
  void generatesAndCompilesASmallSyntheticModel() {
    List<GeneratedFile> files = GenerationTiming.generate(new Pipeline(), SyntheticModels.of(3));
    assertEquals(3 * 6 + 3, files.size(), files.stream().map(GeneratedFile::path).toList().toString());
    GenerationTiming.compile(files);
  }
}
