package dev.tablesmith.generator.cli;

import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tablesmith check FILE...}: every diagnostic of every model, sorted. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Checks models and prints every problem as FILE:LINE:COLUMN: error [CODE] message.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no errors (warnings allowed)",
      "1:errors",
      "2:usage error",
      "3:internal error"
    })
final class CheckCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (*.tablesmith.yaml).")
  private List<String> files;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (default), json, or sarif (SARIF 2.1.0, for CI annotations).")
  private Format format;

  @CommandLine.Mixin private Terminal.ColorOption color;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Output formats. */
  enum Format {
    text,
    json,
    sarif
  }

  @Override
  public Integer call() {
    Pipeline.Result result = new Pipeline().run(Inputs.of(files));
    List<Diagnostic> diagnostics = result.diagnostics().sorted();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(JsonOutput.diagnostics(diagnostics));
    } else if (format == Format.sarif) {
      out.println(SarifOutput.log(diagnostics, Version.number()));
    } else {
      diagnostics.forEach(d -> out.println(Terminal.render(d, color.enabled())));
      spec.commandLine().getErr().println(Summary.of(files.size(), diagnostics));
    }
    return result.diagnostics().hasErrors() ? Main.MODEL_ERRORS : 0;
  }
}
