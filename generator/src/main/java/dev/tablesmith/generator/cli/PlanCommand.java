package dev.tablesmith.generator.cli;

import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tablesmith plan FILE...}: one line per access pattern (operation, index, key condition),
 * or a JSON array for tools. Diagnostics go to standard error; with errors nothing is planned.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description =
        "Prints how each access pattern runs: GetItem or Query, on which index, with which key"
            + " condition.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:planned (warnings allowed)",
      "1:errors",
      "2:usage error",
      "3:internal error"
    })
final class PlanCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (*.tablesmith.yaml).")
  private List<String> files;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (default) or json.")
  private CheckCommand.Format format;

  @CommandLine.Mixin private Terminal.ColorOption color;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Pipeline.Result result = new Pipeline().run(Inputs.of(files));
    List<Diagnostic> diagnostics = result.diagnostics().sorted();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    diagnostics.forEach(d -> err.println(Terminal.render(d, color.enabled())));
    if (result.diagnostics().hasErrors()) {
      err.println(Summary.of(files.size(), diagnostics));
      return Main.MODEL_ERRORS;
    }
    if (format == CheckCommand.Format.json) {
      out.println(JsonOutput.plan(result.models()));
      return 0;
    }
    for (PlannedModel model : result.models()) {
      if (result.models().size() > 1) {
        out.println("# " + model.model().file());
      }
      PlanText.lines(model.patterns()).forEach(out::println);
    }
    return 0;
  }
}
