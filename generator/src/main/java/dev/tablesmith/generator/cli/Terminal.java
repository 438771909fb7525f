package dev.tablesmith.generator.cli;

import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.diag.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How diagnostics look: plain text, or with colour when the output is a terminal that wants it
 * ({@code --color=auto}, the default: not when redirected, not with {@code NO_COLOR} set or {@code
 * TERM=dumb}); {@code --color=always} and {@code --color=never} decide outright.
 */
final class Terminal {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String CYAN = "\u001b[36m";
  private static final String DIM = "\u001b[2m";

  /** When to colour. */
  enum When {
    auto,
    always,
    never
  }

  /** The {@code --color} option, mixed into every command that prints diagnostics. */
  static final class ColorOption {
    @Option(
        names = "--color",
        defaultValue = "auto",
        paramLabel = "WHEN",
        description = "Colour diagnostics: auto (default: only on a terminal), always or never.")
    When when = When.auto;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec mixee;

    /** Whether this run colours its output. */
    boolean enabled() {
      return switch (when) {
        case always -> true;
        case never -> false;
        case auto ->
            mixee.root().userObject() instanceof Main main && main.onTerminal() && wanted();
      };
    }
  }

  private Terminal() {}

  /** Whether the environment asks for colour: no {@code NO_COLOR}, no {@code TERM=dumb}. */
  static boolean wanted() {
    String noColor = System.getenv("NO_COLOR");
    String term = System.getenv("TERM");
    return (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
  }

  /** A diagnostic as {@link Diagnostic#render()} writes it, coloured when asked. */
  static String render(Diagnostic d, boolean colour) {
    if (!colour) {
      return d.render();
    }
    String label = d.severity().label();
    StringBuilder out =
        new StringBuilder()
            .append(BOLD)
            .append(d.location())
            .append(':')
            .append(RESET)
            .append(' ')
            .append(d.severity() == Severity.ERROR ? RED : YELLOW)
            .append(label)
            .append(RESET)
            .append(' ')
            .append(CYAN)
            .append('[')
            .append(d.code())
            .append(']')
            .append(RESET)
            .append(' ')
            .append(d.message());
    d.hintText()
        .ifPresent(
            hint ->
                hint.lines()
                    .forEach(
                        line ->
                            out.append('\n')
                                .append(DIM)
                                .append("    ")
                                .append(line)
                                .append(RESET)));
    return out.toString();
  }
}
