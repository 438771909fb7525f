package dev.tablesmith.generator.cli;

import dev.tablesmith.generator.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;

/**
 * Model files as given on the command line, named in diagnostics relative to where the user stands:
 * a file below the working directory by its path from there (however it was written), another
 * written as a relative path by that path cleaned of {@code .} and inner {@code ..} steps, and any
 * other by its absolute path.
 */
final class Inputs {
  private Inputs() {}

  static List<Pipeline.Input> of(List<String> files) {
    return files.stream().map(f -> new Pipeline.Input(Path.of(f), shown(f))).toList();
  }

  /**
   * {@code /home/me/app/models/a.yaml} as {@code models/a.yaml} when run in {@code /home/me/app}.
   */
  static String shown(String file) {
    Path given = Path.of(file);
    Path absolute = given.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    if (absolute.startsWith(here) && !absolute.equals(here)) {
      return here.relativize(absolute).toString();
    }
    return given.isAbsolute() ? absolute.toString() : given.normalize().toString();
  }
}
