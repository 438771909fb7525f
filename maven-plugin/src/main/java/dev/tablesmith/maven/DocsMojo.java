package dev.tablesmith.maven;

import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.docs.DocsEmitter;
import dev.tablesmith.generator.emit.docs.DocsFormat;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
  @Parameter(defaultValue = "${project.build.directory}/tablesmith/docs", property = "tablesmith.docsDirectory")
  private File outputDirectory;

  /** Which documents to write: {@code markdown}, {@code html} or {@code all}. */
  @Parameter(defaultValue = "all", property = "tablesmith.docsFormat")
  private String format;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("tablesmith: skipped");
      return;
    }
    EnumSet<DocsFormat> formats = switch (format.toLowerCase(Locale.ROOT)) {
      case "markdown" -> EnumSet.of(DocsFormat.MARKDOWN);
      case "html" -> EnumSet.of(DocsFormat.HTML);
      case "all" -> EnumSet.allOf(DocsFormat.class);
      default -> throw new MojoExecutionException("tablesmith: format '" + format + "' is not markdown, html or all");
    };
    List<Path> paths = modelPaths();
    Path out = outputDirectory.toPath().toAbsolutePath().normalize();
    String key = key("out=" + out + "\nformats=" + formats);
    IncrementalOutput state = state();
    try {
      if (state.upToDate(key, paths)) {
        getLog().info("tablesmith: the review documents of " + count(paths.size(), "model") + " are up to date " + elapsed());
        return;
      }
      Pipeline.Result result = check(new Pipeline(), paths, false);
      List<IncrementalOutput.Output> outputs = new ArrayList<>();
      DocsEmitter emitter = new DocsEmitter(formats);
      for (PlannedModel model : result.models()) {
        for (GeneratedFile doc : emitter.emit(model, result.diagnostics())) {
          outputs.add(new IncrementalOutput.Output(out, doc));
        }
      }
      log("the review documents", paths.size(), state.write(key, paths, outputs));
    } catch (IOException e) {
      throw new MojoExecutionException("tablesmith: cannot write " + out + ": " + e.getMessage(), e);
    }
  }
}
