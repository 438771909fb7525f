package dev.tablesmith.generator.cli;

import dev.tablesmith.generator.emit.docs.DocsEmitter;
import dev.tablesmith.generator.emit.docs.DocsFormat;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tablesmith docs FILE... --out DIR}: the design-review documents of each model. */
@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    description =
        "Writes the design-review documents of each model under DIR: NAME.md (GitHub Markdown with"
            + " Mermaid diagrams) and NAME.html (one self-contained page), NAME being the model's"
            + " name.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written (warnings allowed)",
      "1:errors",
      "2:usage error",
      "3:internal error"
    })
final class DocsCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (*.tablesmith.yaml).")
  private List<String> files;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory for the documents.")
  private Path out;

  @Option(
      names = "--format",
      defaultValue = "all",
      paramLabel = "FORMAT",
      description = "markdown, html or all (default).")
  private Format format;

  @CommandLine.Mixin private Terminal.ColorOption color;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

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
    DocsEmitter emitter = new DocsEmitter(format.formats);
    return Writing.run(
        spec,
        color.enabled(),
        files,
        (model, diagnostics) ->
            emitter.emit(model, diagnostics).stream()
                .map(doc -> new Writing.Output(out, doc))
                .toList(),
        outputs -> "wrote " + outputs.size() + " files in " + out);
  }
}
