package dev.tablesmith.generator.diag;

import java.util.Locale;

/** How bad a diagnostic is: errors stop the pipeline, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word printed in a rendered diagnostic. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
