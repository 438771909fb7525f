package dev.tablesmith.generator.cli;

import dev.tablesmith.generator.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;

/** Model files as given on the command line, named in diagnostics exactly as the user wrote them. */
final class Inputs {
  private Inputs() {}

  static List<Pipeline.Input> of(List<String> files) {
    return files.stream().map(f -> new Pipeline.Input(Path.of(f), f)).toList();
  }
}
