package dev.tablesmith.generator.cli;

import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.docs.DocsEmitter;
import dev.tablesmith.generator.emit.docs.DocsFormat;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tablesmith docs FILE... --out DIR}: the design-review documents of each model. */
@Command(name = "docs", mixinStandardHelpOptions = true,
    description = "Writes the design-review documents of each model under DIR: NAME.md (GitHub Markdown"
        + " with Mermaid diagrams) and NAME.html (one self-contained page), NAME being the model's name.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written (warnings allowed)", "1:errors", "2:usage error", "3:internal error"})
final class DocsCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (*.tablesmith.yaml).")
  private List<String> files;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the documents.")
  private Path out;

  @Option(names = "--format", defaultValue = "all", paramLabel = "FORMAT",
      description = "markdown, html or all (default).")
  private Format format;

  @CommandLine.Mixin
  private Terminal.ColorOption color;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /** Which documents to write. */
  enum Format {
    markdown(EnumSet.of(DocsFormat.MARKDOWN)),
    html(EnumSet.of(DocsFormat.HTML)),
    all(EnumSet.allOf(DocsFormat.class));

    private final EnumSet<DocsFormat> formats;

    Format(EnumSet<DocsFormat> formats) {
      this.formats = formats;
    }
  }

  @Override
  public Integer call() {
    Pipeline.Result result = new Pipeline().run(Inputs.of(files));
    List<Diagnostic> diagnostics = result.diagnostics().sorted();
    PrintWriter err = spec.commandLine().getErr();
    diagnostics.forEach(d -> err.println(Terminal.render(d, color.enabled())));
    if (result.diagnostics().hasErrors()) {
      err.println(Summary.of(files.size(), diagnostics));
      return Main.MODEL_ERRORS;
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (PlannedModel model : result.models()) {
      String earlier = names.putIfAbsent(model.model().name(), model.model().file());
      if (earlier != null) {
        err.println("tablesmith: " + earlier + " and " + model.model().file() + " are both named "
            + model.model().name() + ": their documents would overwrite each other; nothing written");
        return Main.MODEL_ERRORS;
      }
    }
    List<GeneratedFile> docs = new ArrayList<>();
    DocsEmitter emitter = new DocsEmitter(format.formats);
    for (PlannedModel model : result.models()) {
      docs.addAll(emitter.emit(model, result.diagnostics()));
    }
    try {
      for (GeneratedFile file : docs) {
        file.writeTo(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    spec.commandLine().getOut().println("wrote " + docs.size() + " files in " + out);
    return 0;
  }
}
