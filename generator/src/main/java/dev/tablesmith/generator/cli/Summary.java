package dev.tablesmith.generator.cli;

import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.diag.Severity;
import java.util.List;

/** The closing line of a text run: how many models, errors and warnings. */
final class Summary {
  private Summary() {}

  static String of(int files, List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.size() - errors;
    return "checked "
        + count(files, "model")
        + ": "
        + count(errors, "error")
        + ", "
        + count(warnings, "warning");
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
