package dev.tablesmith.generator.cli;

import com.squareup.javapoet.JavaFile;
import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.java.JavaEmitter;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tablesmith generate FILE... --out DIR}: the typed Java API of each model. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generates the typed Java API of each model: sources under DIR, in package folders.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:generated (warnings allowed)", "1:errors", "2:usage error, or an output cannot be written", "3:internal error"})
final class GenerateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (*.tablesmith.yaml).")
  private List<String> files;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the sources.")
  private Path out;

  @CommandLine.Mixin
  private Terminal.ColorOption color;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Pipeline.Result result = new Pipeline().run(Inputs.of(files));
    List<JavaFile> sources = new ArrayList<>();
    JavaEmitter emitter = new JavaEmitter();
    for (PlannedModel model : result.models()) {
      sources.addAll(emitter.emit(model, result.diagnostics()));
    }
    List<Diagnostic> diagnostics = result.diagnostics().sorted();
    PrintWriter err = spec.commandLine().getErr();
    diagnostics.forEach(d -> err.println(Terminal.render(d, color.enabled())));
    if (result.diagnostics().hasErrors()) {
      err.println(Summary.of(files.size(), diagnostics));
      return Main.MODEL_ERRORS;
    }
    try {
      for (JavaFile file : sources) {
        GeneratedFile.java(file).writeTo(out);
      }
    } catch (IOException e) {
      err.println("tablesmith: cannot write the output: " + e.getMessage());
      return Main.USAGE_ERROR;
    }
    spec.commandLine().getOut().println("generated " + sources.size() + " files in " + out);
    return 0;
  }
}
