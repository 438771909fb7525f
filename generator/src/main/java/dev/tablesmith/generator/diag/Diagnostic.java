package dev.tablesmith.generator.diag;

import java.util.Comparator;
import java.util.Optional;

/**
 * One problem found in a model: {@code FILE:LINE:COLUMN: error [CODE] message}, with an optional
 * hint printed on the indented lines below it.
 */
public record Diagnostic(Code code, Location location, String message, String hint) {

  /** Sorts by file, line, column, then code, so output never depends on check order. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    hint = hint == null ? "" : hint;
  }

  /** The code's severity. */
  public Severity severity() {
    return code.severity();
  }

  /** The hint, if there is one. */
  public Optional<String> hintText() {
    return hint.isEmpty() ? Optional.empty() : Optional.of(hint);
  }

  /** The first line alone: {@code FILE:LINE:COLUMN: error [CODE] message}. */
  public String headline() {
    return location + ": " + severity().label() + " [" + code + "] " + message;
  }

  /** The headline, then each hint line indented by four spaces. */
  public String render() {
    if (hint.isEmpty()) {
      return headline();
    }
    return headline() + "\n    " + hint.replace("\n", "\n    ");
  }

  @Override
  public String toString() {
    return render();
  }
}
