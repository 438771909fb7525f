package dev.tablesmith.generator.cli;

import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.java.JavaEmitter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tablesmith generate FILE... --out DIR}: the typed Java API of each model. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Generates the typed Java API of each model: sources under DIR, in package folders.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:generated (warnings allowed)",
      "1:errors",
      "2:usage error, or an output cannot be written",
      "3:internal error"
    })
final class GenerateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (*.tablesmith.yaml).")
  private List<String> files;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory for the sources.")
  private Path out;

  @CommandLine.Mixin private Terminal.ColorOption color;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    JavaEmitter java = new JavaEmitter();
    return Writing.run(
        spec,
        color.enabled(),
        files,
        (model, diagnostics) ->
            java.emit(model, diagnostics).stream()
                .map(file -> new Writing.Output(out, GeneratedFile.java(file)))
                .toList(),
        outputs -> "generated " + outputs.size() + " files in " + out);
  }
}
