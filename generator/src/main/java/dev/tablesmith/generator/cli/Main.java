package dev.tablesmith.generator.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tablesmith} command. Exit codes: 0 clean (warnings allowed), 1 the models have errors,
 * 2 usage error, 3 internal error (a bug in tablesmith).
 */
@Command(
    name = "tablesmith",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Checks DynamoDB single-table designs, plans their access patterns, and generates their"
            + " Java API, infrastructure and review documents.",
    subcommands = {
      CheckCommand.class,
      PlanCommand.class,
      GenerateCommand.class,
      CdkCommand.class,
      DocsCommand.class,
      InitCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:clean (warnings allowed)",
      "1:the models have errors",
      "2:usage error",
      "3:internal error (a bug in tablesmith)"
    })
public final class Main implements Runnable {
  /** Exit code when a model has errors. */
  public static final int MODEL_ERRORS = 1;

  /** Exit code for a usage error, or an output that cannot be written. */
  public static final int USAGE_ERROR = 2;

  /** Exit code for an internal error. */
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  private final boolean onTerminal;

  private Main(boolean onTerminal) {
    this.onTerminal = onTerminal;
  }

  /** Whether the output goes to a terminal (the JVM's console), where colour may be used. */
  boolean onTerminal() {
    return onTerminal;
  }

  /** Runs the CLI and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, CommandLine.Help.Ansi.AUTO.enabled()));
  }

  /**
   * Runs the CLI writing to {@code out} and {@code err} (not a terminal); returns the exit code.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, false);
  }

  private static int run(String[] args, PrintWriter out, PrintWriter err, boolean onTerminal) {
    CommandLine cli = new CommandLine(new Main(onTerminal));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println("tablesmith: internal error: " + e);
          err.println(
              "This is a bug in tablesmith, not in your model. Please report it at"
                  + " https://github.com/tablesmith/tablesmith/issues with the model and this"
                  + " trace:");
          e.printStackTrace(err);
          err.flush();
          return INTERNAL_ERROR;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing command: init, check, plan, generate, docs or cdk");
  }
}
