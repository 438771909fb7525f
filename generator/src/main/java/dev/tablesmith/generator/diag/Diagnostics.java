package dev.tablesmith.generator.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of a run. Reporting never throws: a stage records the problem and goes
 * on, so one run shows every problem.
 */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();

  /** Records {@code code} at {@code at}, its message formatted from {@code args}. */
  public void report(Code code, Location at, Object... args) {
    all.add(new Diagnostic(code, at, code.format(args), ""));
  }

  /** Records {@code code} with a hint printed below the message. */
  public void reportWithHint(Code code, Location at, String hint, Object... args) {
    all.add(new Diagnostic(code, at, code.format(args), hint));
  }

  /** Records a diagnostic made elsewhere. */
  public void add(Diagnostic diagnostic) {
    all.add(diagnostic);
  }

  /** Whether any error has been recorded. */
  public boolean hasErrors() {
    return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The number of recorded errors. */
  public long errorCount() {
    return all.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  /** Everything recorded so far, sorted by location and code, without exact repeats. */
  public List<Diagnostic> sorted() {
    return all.stream().distinct().sorted(Diagnostic.ORDER).toList();
  }

  /** Renders every diagnostic, one after another, each ending in a newline. */
  public String render() {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : sorted()) {
      out.append(d.render()).append('\n');
    }
    return out.toString();
  }
}
