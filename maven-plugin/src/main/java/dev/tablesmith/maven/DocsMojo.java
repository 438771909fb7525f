package dev.tablesmith.maven;

import dev.tablesmith.generator.emit.docs.DocsEmitter;
import dev.tablesmith.generator.emit.docs.DocsFormat;
import dev.tablesmith.generator.pipeline.Pipeline;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes each model's design-review documents, {@code <Name>.md} (renders on GitHub, with Mermaid
 * diagrams) and {@code <Name>.html} (one self-contained page), into {@code target/tablesmith/docs}.
 * Incremental like {@code generate}.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class DocsMojo extends AbstractModelsMojo {
  /** Where the documents go. */
  @Parameter(
      defaultValue = "${project.build.directory}/tablesmith/docs",
      property = "tablesmith.docsDirectory")
  private File outputDirectory;

  /** Which documents to write: {@code markdown}, {@code html} or {@code all}. */
  @Parameter(defaultValue = "all", property = "tablesmith.docsFormat")
  private String format;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    EnumSet<DocsFormat> formats =
        switch (format.toLowerCase(Locale.ROOT)) {
          case "markdown" -> EnumSet.of(DocsFormat.MARKDOWN);
          case "html" -> EnumSet.of(DocsFormat.HTML);
          case "all" -> EnumSet.allOf(DocsFormat.class);
          default ->
              throw new MojoExecutionException(
                  "tablesmith: format '" + format + "' is not markdown, html or all");
        };
    Path out = outputDirectory.toPath().toAbsolutePath().normalize();
    DocsEmitter docs = new DocsEmitter(formats);
    writeIncrementally(
        "the review documents",
        "out=" + out + "\nformats=" + formats,
        new Pipeline(),
        (model, diagnostics) ->
            docs.emit(model, diagnostics).stream()
                .map(doc -> new IncrementalOutput.Output(out, doc))
                .toList());
  }
}
