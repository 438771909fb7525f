package dev.tablesmith.generator.cli;

import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * What the writing commands (generate, docs, cdk) share: check the models and print every
 * diagnostic; on an error, or when two models would write the same file, write nothing; else write
 * every output and say where.
 */
final class Writing {
  /** A file an emitter made and the directory it goes under. */
  record Output(Path root, GeneratedFile file) {
    Path target() {
      return root.resolve(file.path()).normalize();
    }
  }

  /** One model's outputs. */
  @FunctionalInterface
  interface Emitter {
    List<Output> emit(PlannedModel model, Diagnostics diagnostics);
  }

  private Writing() {}

  /**
   * Runs a writing command.
   *
   * @param done the line printed after writing, from the outputs
   * @return the exit code
   */
  static int run(
      CommandLine.Model.CommandSpec spec,
      boolean colour,
      List<String> files,
      Emitter emitter,
      Function<List<Output>, String> done) {
    Pipeline.Result result = new Pipeline().run(Inputs.of(files));
    List<Diagnostic> diagnostics = result.diagnostics().sorted();
    PrintWriter err = spec.commandLine().getErr();
    diagnostics.forEach(d -> err.println(Terminal.render(d, colour)));
    if (result.diagnostics().hasErrors()) {
      err.println(Summary.of(files.size(), diagnostics));
      return Main.MODEL_ERRORS;
    }
    List<Output> outputs = new ArrayList<>();
    Map<Path, String> owners = new LinkedHashMap<>();
    for (PlannedModel model : result.models()) {
      for (Output output : emitter.emit(model, result.diagnostics())) {
        String earlier = owners.putIfAbsent(output.target(), model.model().file());
        if (earlier != null) {
          err.println(
              "tablesmith: "
                  + earlier
                  + " and "
                  + model.model().file()
                  + " both write "
                  + output.file().path()
                  + (earlier.equals(model.model().file())
                      ? ""
                      : " (models both named " + model.model().name() + "?)")
                  + "; nothing written");
          return Main.MODEL_ERRORS;
        }
        outputs.add(output);
      }
    }
    try {
      for (Output output : outputs) {
        output.file().writeTo(output.root());
      }
    } catch (IOException e) {
      err.println("tablesmith: cannot write the output: " + e.getMessage());
      return Main.USAGE_ERROR;
    }
    spec.commandLine().getOut().println(done.apply(outputs));
    return 0;
  }
}
